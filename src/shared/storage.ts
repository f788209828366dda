/**
 * The library's only storage: sessionStorage (never localStorage — devices are
 * shared), used only when a site owner opts in (`<hr-quiz persist>`, in its
 * chunk src/quiz/persist.ts), under one prefix so that a quick exit can clear
 * it all. Storage can be blocked; every call is safe.
 */
export const PREFIX = 'hr-widgets:';

/** Removes everything this library stored. */
export function clearSession(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was stored.
  }
}
