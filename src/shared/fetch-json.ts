/**
 * Reading a `src` response: a time limit, and every failure an Error whose
 * message a site owner can act on. A long list can be shown while it arrives
 * (`Stream`): the JSON stays one plain file, and the entries that have come
 * in full are handed over as JSON of their own. A chunk of its own, loaded
 * only by pages that use `src`, while the request (started by the bundle) is
 * under way. It imports nothing, so nothing it needs is split out of the bundle.
 */

/** What to show while a long list arrives: the list's key in the root object, and who gets the parts. */
export interface Stream {
  /** The list: a bare array at the root, or this key's array in the root object. */
  list: string;
  /** JSON of the document so far: the entries of the list that have arrived in full, the list closed. */
  part(json: string): void;
}

/** The first part once this many entries are in: a phone's first screen, a row on a wide one. Each card costs its time to build. */
const FIRST_PART = 4;
/** The next once the first page (of the default size) is in; each next once four times as many are: a few parses in all. */
const PAGE = 20;

/** A long answer's bytes are decoded this many at a time, so the first entries never wait for the rest of a large piece. */
const SLICE = 16_384;

const STRING_END = /["\\]/g;

/**
 * Finds where the entries of a document's list end as its text arrives, in
 * one pass over each piece: strings (and their escapes) and nesting are
 * followed, so nothing inside an entry can fool it. The pieces are kept as
 * they came and joined only when asked: a string grown piece by piece would
 * be copied whole at each one.
 */
export class ListScanner {
  #depth = 0;
  #inString = false;
  #escape = false;
  /** Depth inside the list's array, once found; 0 before. */
  #listDepth = 0;
  #done = false;
  /** The last string at depth 1 (a key, when a ':' follows), and where it started in the piece being read. */
  #key = '';
  #keyFrom = 0;
  #root: '{' | '[' | '' = '';
  readonly #pieces: string[] = [];
  /** Where scanning stopped: a piece, and a position in it. */
  #piece = 0;
  #at = 0;
  /** Where the last complete entry ends: its piece, and the position after it. */
  #endPiece = 0;
  #end = 0;
  /** Entries complete so far. */
  entries = 0;

  constructor(private readonly list: string) {}

  /** The next piece of the document's text. */
  push(piece: string): void {
    if (piece) this.#pieces.push(piece);
  }

  /** Reads on from where it left off; stops once `stop` entries are complete. */
  scan(stop = Infinity): void {
    while (this.#piece < this.#pieces.length && !this.#done && this.entries < stop) {
      const text = this.#pieces[this.#piece]!;
      let i = this.#at;
      for (; i < text.length && !this.#done && this.entries < stop; i++) {
        if (this.#inString) {
          if (this.#escape) {
            this.#escape = false;
            continue;
          }
          // Most of the text is inside strings: jump to the next quote or backslash.
          STRING_END.lastIndex = i;
          if (!STRING_END.test(text)) {
            i = text.length;
            break;
          }
          i = STRING_END.lastIndex - 1;
          if (text[i] === '\\') this.#escape = true;
          else {
            this.#inString = false;
            if (this.#depth === 1) this.#key += text.slice(this.#keyFrom, i);
          }
          continue;
        }
        const c = text[i];
        if (c === '"') {
          this.#inString = true;
          this.#keyFrom = i + 1;
          if (this.#depth === 1) this.#key = '';
        } else if (c === '{' || c === '[') {
          if (!this.#depth) this.#root = c;
          this.#depth++;
          // The list: a bare array at the root, or the array under the list's key.
          if (
            c === '[' &&
            ((this.#depth === 1 && this.#root === '[') || (this.#depth === 2 && this.#root === '{' && this.#key === this.list))
          ) {
            this.#listDepth = this.#depth;
          }
        } else if (c === '}' || c === ']') {
          this.#depth--;
          if (this.#listDepth && this.#depth === this.#listDepth) {
            this.entries++;
            this.#endPiece = this.#piece;
            this.#end = i + 1;
          } else if (this.#listDepth && this.#depth < this.#listDepth) {
            this.#done = true;
          }
        } else if (c === ',' && this.#depth === 1) {
          this.#key = '';
        }
      }
      if (i < text.length) {
        this.#at = i;
        return;
      }
      // A string at depth 1 that goes on in the next piece.
      if (this.#inString && this.#depth === 1) this.#key += text.slice(this.#keyFrom);
      this.#keyFrom = 0;
      this.#piece++;
      this.#at = 0;
    }
  }

  /** The document so far as JSON: the complete entries, the list and the root closed. */
  part(): string {
    const pieces = this.#pieces;
    return `${pieces.slice(0, this.#endPiece).join('')}${pieces[this.#endPiece]?.slice(0, this.#end) ?? ''}]${this.#root === '{' ? '}' : ''}`;
  }

  /** The whole text so far. */
  text(): string {
    return this.#pieces.join('');
  }
}

/**
 * The body of a response as text; `name` is how messages quote it. `abort`
 * stops it; `timeout` ms after `start` it is stopped and fails.
 */
export async function readBody(
  response: Promise<Response>,
  name: string,
  abort: AbortController,
  start: number,
  timeout: number,
  stream?: Stream,
): Promise<string> {
  let timedOut = false;
  const timer = setTimeout(
    () => {
      timedOut = true;
      abort.abort();
    },
    timeout - (Date.now() - start),
  );
  try {
    const answer = await response;
    if (!answer.ok) throw new Error(`could not load ${name} (HTTP ${answer.status})`);
    // Read by the browser off the main thread; an endless body meets the time limit, a long one the JSON limit.
    if (!stream || !answer.body) return await answer.text();
    return await readList(answer.body, stream);
  } catch (error) {
    if (timedOut) throw new Error(`could not load ${name}: no complete answer in ${Math.round(timeout / 1000)} seconds`);
    // Ours, or an abort (the element moved or got other data): as it is. Anything else is the network's.
    throw (error as Error).message?.startsWith('could not') || (error as Error).name === 'AbortError'
      ? error
      : new Error(`could not load ${name} (network error)`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Until the page has painted what it was just given, so the next part never
 * goes before it; a second at most, for a tab hidden meanwhile (it does not paint).
 */
const painted = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 1000);
  });

/** The body as text, handing over parts of the list as it arrives. */
async function readList(body: ReadableStream<Uint8Array>, stream: Stream): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const scanner = new ListScanner(stream.list);
  let next = FIRST_PART;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      scanner.push(decoder.decode());
      return scanner.text();
    }
    for (let at = 0; at < value.length; at += SLICE) {
      // A character split between two slices waits for the next.
      scanner.push(decoder.decode(value.subarray(at, at + SLICE), { stream: true }));
      // A part holds just the entries it was waiting for: a first screenful is parsed and checked at once, however much has come.
      scanner.scan(next);
      if (scanner.entries === next) {
        next = next === FIRST_PART ? PAGE : next * 4;
        // A hidden page shows nothing: it reads on, to the whole.
        if (document.hidden) continue;
        stream.part(scanner.part());
        await painted();
      }
    }
  }
}
