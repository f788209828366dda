// Zips as the release and the WordPress plugin write them, and read back by the release test: no zip tool is
// assumed on the machine. And the licences of the others' code a zip carries.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** Every file under a folder, folders kept: the bundle finds its chunks by relative address. */
export const files = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

/** A zip (deflate), written here: no zip tool is assumed on the machine. */
export function zip(paths, base) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const path of paths) {
    const name = Buffer.from(relative(base, path).split('\\').join('/'));
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed
    head.writeUInt16LE(0x0800, 6); // names are UTF-8
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt32LE(0x00210000, 10); // 1980-01-01, so the same files make the same zip
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    local.push(head, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4); // made by Unix
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(0x00210000, 12);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(paths.length, 8);
  end.writeUInt16LE(paths.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** A zip's files by name (as zip() writes them: deflate, one central directory), each checked against its CRC. */
export function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const [method, crc, packed, size, nameLength, extra, comment, offset] = [
      buffer.readUInt16LE(at + 10),
      buffer.readUInt32LE(at + 16),
      buffer.readUInt32LE(at + 20),
      buffer.readUInt32LE(at + 24),
      buffer.readUInt16LE(at + 28),
      buffer.readUInt16LE(at + 30),
      buffer.readUInt16LE(at + 32),
      buffer.readUInt32LE(at + 42),
    ];
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    // A name that climbs out of the folder it is unzipped into (zip-slip) is refused, whoever made the zip.
    if (/^[/\\]|^[a-z]:|\\/i.test(name) || name.split('/').includes('..')) throw new Error(`${name}: not a name inside the zip's folder`);
    const start = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
    const raw = buffer.subarray(start, start + packed);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: damaged in the zip`);
    out.set(name, data);
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** The packages whose code the studio's build holds (vite.studio.config.ts writes them). */
function studioPackages(dir = 'dist-studio') {
  return readdirSync(dir)
    .filter((f) => /^third-party.*\.json$/.test(f))
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

/** THIRD-PARTY-LICENSES.txt: Lit (in the bundle at `bundleAt`) and every package the studio (at `studioAt`) holds. */
export function thirdPartyLicences(bundleAt, studioAt) {
  const carried = new Map(['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].map((name) => [name, [bundleAt]]));
  for (const name of studioPackages()) carried.set(name, [...(carried.get(name) ?? []), studioAt]);
  const licence = (name) => {
    const file = readdirSync(join('node_modules', name)).find((f) => /^licen[cs]e/i.test(f));
    if (!file) throw new Error(`${name}: no licence file in node_modules/${name}, and the zip carries its code`);
    return readFileSync(join('node_modules', name, file), 'utf8').trim();
  };
  return [...carried]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, where]) => `${name} (${[...new Set(where)].join(', ')})\n\n${licence(name)}\n`)
    .join('\n---\n\n');
}
