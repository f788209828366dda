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

/** The first part once this many entries are in; each next once four times as many are: a few parses in all. */
const FIRST_PART = 20;

const STRING_END = /["\\]/g;

/**
 * Finds where the entries of a document's list end as its text grows, in one
 * pass over each new piece: strings (and their escapes) and nesting are
 * followed, so nothing inside an entry can fool it.
 */
export class ListScanner {
  #depth = 0;
  #inString = false;
  #escape = false;
  /** Depth inside the list's array, once found; 0 before. */
  #listDepth = 0;
  #done = false;
  /** Where the last string at depth 1 started: a key, when a ':' follows. */
  #stringStart = 0;
  #key = '';
  #root: '{' | '[' | '' = '';
  #scanned = 0;
  /** Entries complete so far, and where the last one ends. */
  entries = 0;
  end = 0;

  constructor(private readonly list: string) {}

  /** Reads `text` (the whole text so far) from where it left off; stops once `stop` entries are complete. */
  scan(text: string, stop = Infinity): void {
    let i = this.#scanned;
    for (; i < text.length && !this.#done && this.entries < stop; i++) {
      if (this.#inString && !this.#escape) {
        // Most of the text is inside strings: jump to the next quote or backslash.
        STRING_END.lastIndex = i;
        if (!STRING_END.exec(text)) {
          i = text.length;
          break;
        }
        i = STRING_END.lastIndex - 1;
      }
      const c = text[i];
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (c === '\\') this.#escape = true;
        else if (c === '"') {
          this.#inString = false;
          if (this.#depth === 1) this.#key = text.slice(this.#stringStart, i);
        }
      } else if (c === '"') {
        this.#inString = true;
        this.#stringStart = i + 1;
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
          this.end = i + 1;
        } else if (this.#listDepth && this.#depth < this.#listDepth) {
          this.#done = true;
        }
      } else if (c === ',' && this.#depth === 1) {
        this.#key = '';
      }
    }
    this.#scanned = i;
  }

  /** The document so far as JSON: the complete entries, the list and the root closed. */
  part(text: string): string {
    return `${text.slice(0, this.end)}]${this.#root === '{' ? '}' : ''}`;
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

/** The body as text, handing over parts of the list as it arrives. */
async function readList(body: ReadableStream<Uint8Array>, stream: Stream): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const scanner = new ListScanner(stream.list);
  let text = '';
  let next = FIRST_PART;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    // A character split between two pieces waits for the next.
    text += decoder.decode(value, { stream: true });
    // A part holds just the entries it was waiting for: a first screenful is parsed and checked at once, however much has come.
    scanner.scan(text, next);
    if (scanner.entries === next) {
      stream.part(scanner.part(text));
      next *= 4;
      // Let the page show it before reading on.
      await new Promise((resolve) => setTimeout(resolve));
    }
  }
}
