/**
 * A theme as the author picks it, and the CSS it becomes: the custom
 * properties the README documents, on every element's tag.
 */
import { AA, contrast } from './contrast.js';

export interface Theme {
  accent: string;
  onAccent: string;
  text: string;
  /** The elements' own background (answers, cards). */
  surface: string;
  /** The page behind them: only for the contrast checks. */
  page: string;
  /** Corner radius in px. */
  radius: number;
  font: keyof typeof FONTS;
}

/** The library's own look on a white page: a theme equal to it writes no CSS. */
export const DEFAULT_THEME: Theme = {
  accent: '#0b5cad',
  onAccent: '#ffffff',
  text: '#1a1a1a',
  surface: '#ffffff',
  page: '#ffffff',
  radius: 8,
  font: 'inherit',
};

/** System font stacks: nothing is downloaded. */
export const FONTS = {
  inherit: '',
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  humanist: "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, sans-serif",
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, serif",
} as const;

/** The custom properties that differ from the defaults. */
export function themeProperties(theme: Theme): [string, string][] {
  const out: [string, string][] = [];
  const d = DEFAULT_THEME;
  if (theme.accent !== d.accent) out.push(['--hr-color-accent', theme.accent]);
  if (theme.onAccent !== d.onAccent) out.push(['--hr-color-on-accent', theme.onAccent]);
  if (theme.text !== d.text) out.push(['--hr-color-text', theme.text]);
  if (theme.surface !== d.surface) out.push(['--hr-color-surface', theme.surface]);
  if (theme.radius !== d.radius) out.push(['--hr-radius', `${theme.radius}px`]);
  if (theme.font !== 'inherit') out.push(['font-family', FONTS[theme.font]]);
  return out;
}

/** The theme's CSS for these tags; empty when it is the default. */
export function themeCss(theme: Theme, tags: readonly string[]): string {
  const props = themeProperties(theme);
  if (!props.length) return '';
  return `${tags.join(',\n')} {\n${props.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}

export interface Pair {
  /** Which pair, as a key of the studio's strings. */
  name: 'text-surface' | 'text-page' | 'accent-surface' | 'on-accent';
  ratio: number | undefined;
  ok: boolean;
}

/** Each text and background pair a visitor reads, with its contrast against WCAG AA. */
export function contrastPairs(theme: Theme): Pair[] {
  const pairs: [Pair['name'], string, string][] = [
    ['text-surface', theme.text, theme.surface],
    ['text-page', theme.text, theme.page],
    ['accent-surface', theme.accent, theme.surface],
    ['on-accent', theme.onAccent, theme.accent],
  ];
  return pairs.map(([name, fg, bg]) => {
    const ratio = contrast(fg, bg);
    return { name, ratio, ok: ratio !== undefined && ratio >= AA };
  });
}
