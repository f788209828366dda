/**
 * Progress kept through a reload, for `<hr-quiz persist>`: a chunk, loaded
 * only where a site owner opts in. It imports nothing from the bundle. The
 * keys share the library's prefix, so a quick exit clears them (storage.ts).
 */
import type { Quiz, QuizState } from './quiz-model.js';

/** As storage.ts's, which a chunk cannot import. */
const PREFIX = 'hr-widgets:';

/**
 * Reads saved progress back. Saved data is untrusted: anything that does not
 * fit this quiz gives undefined, and the quiz starts over.
 */
export function restore(quiz: Quiz, saved: unknown): QuizState | undefined {
  const s = saved as Partial<QuizState> | null;
  const n = quiz.questions.length;
  const isIndexList = (list: unknown, size: number): list is number[] =>
    Array.isArray(list) && list.every((i) => Number.isInteger(i) && i >= 0 && i < size);
  if (
    !s ||
    typeof s !== 'object' ||
    !Number.isInteger(s.current) ||
    s.current! < 0 ||
    s.current! >= n ||
    typeof s.finished !== 'boolean' ||
    !Array.isArray(s.order) ||
    !Array.isArray(s.selected) ||
    s.order.length !== n ||
    s.selected.length !== n ||
    ![s.checked, s.hinted].every((list) => Array.isArray(list) && list.length === n && list.every((c) => typeof c === 'boolean')) ||
    !quiz.questions.every((q, i) => {
      const size = q.choices.length;
      const order = s.order![i];
      return isIndexList(order, size) && order.length === size && new Set(order).size === size && isIndexList(s.selected![i], size);
    })
  ) {
    return undefined;
  }
  return s as QuizState;
}

/** The saved progress of this quiz, or undefined: storage can be blocked, and what it holds is untrusted. */
export function load(quiz: Quiz, key: string): QuizState | undefined {
  try {
    const saved = sessionStorage.getItem(PREFIX + key);
    return saved === null ? undefined : restore(quiz, JSON.parse(saved));
  } catch {
    return undefined;
  }
}

/** Nothing is written before the visitor answers, and nothing is left once they finish. */
export function keep(key: string, state: QuizState): void {
  try {
    if (state.finished || !state.selected.some((s) => s.length)) sessionStorage.removeItem(PREFIX + key);
    else sessionStorage.setItem(PREFIX + key, JSON.stringify(state));
  } catch {
    // Storage blocked or full: progress simply is not kept.
  }
}
