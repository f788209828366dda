import type { ReactiveElement } from 'lit';

/** Chunks that have loaded, and those on their way, by their loader. */
const modules = new Map<unknown, unknown>();
const pending = new Map<unknown, Promise<unknown>>();

/**
 * A chunk's module once it has loaded, else undefined: asking fetches it, and
 * `host` updates when it lands. Offline, the next ask tries again; never an
 * error in the host page.
 */
export function chunk<T>(load: () => Promise<T>, host: ReactiveElement): T | undefined {
  if (modules.has(load)) return modules.get(load) as T;
  let on = pending.get(load);
  if (!on)
    pending.set(
      load,
      (on = load()
        .then((m) => void modules.set(load, m))
        .finally(() => pending.delete(load))),
    );
  on.then(
    () => host.requestUpdate(),
    () => undefined,
  );
  return undefined;
}
