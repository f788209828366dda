/**
 * A draft kept on this device, only when the author asks: localStorage under
 * one key, removed by "Forget draft". What comes back is read as untrusted:
 * another tab, an older studio or a person may have changed it.
 */
import { isObject } from './document.js';
import type { Json } from '../shared/validate.js';
import { DEFAULT_THEME, FONTS, type Theme } from './theme.js';
import { DEFAULT_BUNDLE } from './store.js';

const KEY = 'hr-widgets-studio:draft';

export interface Draft {
  name: string;
  docs: Record<string, unknown>;
  attrs: Record<string, Record<string, string | number | boolean | undefined>>;
  contentLang: Record<string, 'en' | 'es'>;
  theme: Theme;
  bundle: string;
  fileUrls: Record<string, string>;
  /** Interface strings being written (the Translate view). Their words are checked when the preview reads them. */
  translation: { code: string; words: Json };
}

const HEX = /^#[\da-f]{6}$/i;

function readTranslation(value: unknown): Draft['translation'] {
  const t = isObject(value) ? value : {};
  return { code: typeof t['code'] === 'string' ? t['code'] : '', words: isObject(t['words']) ? t['words'] : {} };
}

/** Only the entries whose value passes `ok`. */
function entries<T>(value: unknown, ok: (v: unknown) => v is T): Record<string, T> {
  const out: Record<string, T> = {};
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (ok(v)) Object.defineProperty(out, k, { value: v, enumerable: true });
  return out;
}

function readTheme(value: unknown): Theme {
  const t = isObject(value) ? value : {};
  const colour = (key: 'accent' | 'onAccent' | 'text' | 'surface' | 'page'): string =>
    typeof t[key] === 'string' && HEX.test(t[key]) ? t[key] : DEFAULT_THEME[key];
  const radius = typeof t['radius'] === 'number' && t['radius'] >= 0 && t['radius'] <= 32 ? t['radius'] : DEFAULT_THEME.radius;
  const font = typeof t['font'] === 'string' && Object.hasOwn(FONTS, t['font']) ? (t['font'] as Theme['font']) : DEFAULT_THEME.font;
  return {
    accent: colour('accent'),
    onAccent: colour('onAccent'),
    text: colour('text'),
    surface: colour('surface'),
    page: colour('page'),
    radius,
    font,
  };
}

const isAttr = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
const isLang = (v: unknown): v is 'en' | 'es' => v === 'en' || v === 'es';
const isString = (v: unknown): v is string => typeof v === 'string';
const isAttrs = (v: unknown): v is Record<string, string | number | boolean> => isObject(v) && Object.values(v).every(isAttr);
const isAnything = (v: unknown): v is unknown => v !== undefined;

/** The kept draft, if there is one and it can be read; `names` are the elements the studio knows. */
export function loadDraft(names: readonly string[]): Draft | undefined {
  let raw: unknown;
  try {
    const text = localStorage.getItem(KEY);
    if (text === null) return undefined;
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(raw) || raw['v'] !== 1) return undefined;
  const known = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([name]) => names.includes(name)));
  return {
    name: typeof raw['name'] === 'string' && names.includes(raw['name']) ? raw['name'] : names[0]!,
    docs: known(entries(raw['docs'], isAnything)),
    attrs: known(entries(raw['attrs'], isAttrs)),
    contentLang: known(entries(raw['contentLang'], isLang)),
    theme: readTheme(raw['theme']),
    bundle: typeof raw['bundle'] === 'string' && raw['bundle'].trim() ? raw['bundle'] : DEFAULT_BUNDLE,
    fileUrls: known(entries(raw['fileUrls'], isString)),
    translation: readTranslation(raw['translation']),
  };
}

/** Keeps the draft; false when the browser refuses (private mode, full). */
export function saveDraft(draft: Draft): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, ...draft }));
    return true;
  } catch {
    return false;
  }
}

export function forgetDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/** This device's storage, as the studio's store keeps work (see store.ts); `names` are the elements the studio knows. */
export function deviceStorage(names: readonly string[]): {
  load(): Draft | undefined;
  save(draft: Draft): boolean;
  forget(): void;
  auto: true;
} {
  return { load: () => loadDraft(names), save: saveDraft, forget: forgetDraft, auto: true };
}
