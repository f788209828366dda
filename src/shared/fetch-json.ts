/**
 * Fetching `src`: only http(s), no cookies, no referrer, a time limit and a
 * size limit. Every failure is an Error whose message a site owner can act on.
 */
import { LIMITS, quote } from './validate.js';

/** The address `src` names, resolved against the page; an Error when it cannot be fetched. */
export function srcUrl(src: string): URL {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    throw new Error(`${quote(src)} is not a valid address`);
  }
  // Refused before any request: a javascript:, data: or file: address is never fetched.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`only http and https addresses are loaded, got ${quote(src)}`);
  }
  return url;
}

/**
 * The body of `url` as text; `name` is how messages quote it. `abort` stops it; after `timeout` ms it is stopped
 * and fails, and so does a body longer than the JSON limit.
 */
export async function fetchText(url: URL, name: string, abort: AbortController, timeout: number): Promise<string> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeout);
  try {
    // No cookies, no referrer: the JSON host learns nothing about the visitor or the page.
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: abort.signal });
    if (!response.ok) throw new Error(`could not load ${name} (HTTP ${response.status})`);
    // Read by the browser off the main thread; an endless body meets the time limit.
    const body = await response.text();
    if (body.length > LIMITS.json) throw new Error(`could not load ${name}: it is larger than 20 MB`);
    return body;
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
