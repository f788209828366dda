/**
 * The library's only storage: sessionStorage (never localStorage — devices are
 * shared), used only when a site owner opts in, under one prefix so that a
 * quick exit can clear it all. Storage can be blocked; every call is safe.
 */
const PREFIX = 'hr-widgets:';

export function saveSession(key: string, value: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage blocked or full: progress simply is not kept.
  }
}

export function loadSession(key: string): unknown {
  try {
    const saved = sessionStorage.getItem(PREFIX + key);
    return saved === null ? undefined : JSON.parse(saved);
  } catch {
    return undefined;
  }
}

export function removeSession(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to remove.
  }
}

/** Removes everything this library stored. */
export function clearSession(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was stored.
  }
}
