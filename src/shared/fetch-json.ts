/**
 * Reading a `src` response: a time limit, and every failure an Error whose
 * message a site owner can act on. A chunk of its own, loaded only by pages
 * that use `src`, while the request (started by the bundle) is under way. It
 * imports nothing, so nothing it needs is split out of the bundle.
 */

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
    return await answer.text();
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
