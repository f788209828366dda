import type { ReactiveElement } from 'lit';

/** Chunks that have loaded, by their loader; null for one that could not (offline). */
const modules = new Map<unknown, unknown>();
const pending = new Map<unknown, Promise<unknown>>();

/**
 * A chunk's module once it has loaded; undefined while it loads (asking
 * fetches it, and `host` updates when it lands); null when it could not load,
 * and the caller does without it. Never an error in the host page.
 */
export function chunk<T>(load: () => Promise<T>, host: ReactiveElement): T | null | undefined {
  if (modules.has(load)) return modules.get(load) as T | null;
  let on = pending.get(load);
  if (!on)
    pending.set(
      load,
      (on = load().then(
        (m) => void modules.set(load, m),
        () => void modules.set(load, null),
      )),
    );
  void on.then(() => host.requestUpdate());
  return undefined;
}
