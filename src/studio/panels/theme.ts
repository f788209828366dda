/** The theme: colours, corners, font, and the contrast of each pair a visitor reads. The preview and the code follow it. */
import { html, type TemplateResult } from 'lit';
import { wordsOf, type Panel } from '../panel.js';
import { FONTS, contrastPairs, type Theme } from '../theme.js';

interface Words {
  theme: string;
  themeColours: Record<'accent' | 'onAccent' | 'text' | 'surface' | 'page', string>;
  radius: string;
  font: string;
  fonts: Record<'inherit' | 'system' | 'humanist' | 'serif', string>;
  contrast: string;
  pairs: Record<'text-surface' | 'text-page' | 'accent-surface' | 'on-accent', string>;
  contrastOk: string;
  contrastLow: string;
}

const en: Words = {
  theme: 'Theme',
  themeColours: {
    accent: 'Accent (buttons, links)',
    onAccent: 'Text on accent buttons',
    text: 'Text',
    surface: 'Background of answers and cards',
    page: 'Your page’s background (for the checks only)',
  },
  radius: 'Corner radius (pixels)',
  font: 'Font',
  fonts: { inherit: 'Your site’s font', system: 'System (sans-serif)', humanist: 'Humanist (sans-serif)', serif: 'Serif' },
  contrast: 'Contrast of each text and background',
  pairs: {
    'text-surface': 'Text on answers and cards',
    'text-page': 'Text on your page',
    'accent-surface': 'Accent on answers and cards',
    'on-accent': 'Text on accent buttons',
  },
  contrastOk: 'passes WCAG AA (4.5:1)',
  contrastLow: 'Too low: below WCAG AA (4.5:1). Some visitors will not be able to read it.',
};

const es: Words = {
  theme: 'Tema',
  themeColours: {
    accent: 'Color principal (botones, enlaces)',
    onAccent: 'Texto sobre los botones',
    text: 'Texto',
    surface: 'Fondo de respuestas y tarjetas',
    page: 'Fondo de su página (solo para la revisión)',
  },
  radius: 'Radio de las esquinas (píxeles)',
  font: 'Fuente',
  fonts: { inherit: 'La fuente de su sitio', system: 'Del sistema (sans serif)', humanist: 'Humanista (sans serif)', serif: 'Con serifa' },
  contrast: 'Contraste de cada texto y fondo',
  pairs: {
    'text-surface': 'Texto sobre respuestas y tarjetas',
    'text-page': 'Texto sobre su página',
    'accent-surface': 'Color principal sobre respuestas y tarjetas',
    'on-accent': 'Texto sobre los botones',
  },
  contrastOk: 'cumple WCAG AA (4.5:1)',
  contrastLow: 'Muy bajo: no cumple WCAG AA (4.5:1). Algunas personas no podrán leerlo.',
};

const WORDS = { en, es };

export const panel: Panel = {
  column: 'side',
  create: (studio) => ({
    render() {
      const s = wordsOf(WORDS, studio);
      const theme = studio.store.work.theme;
      const set = (next: Theme): void => studio.store.change({ theme: next }, { label: s.theme, key: 'theme' });
      const colour = (key: keyof typeof s.themeColours): TemplateResult => html`<div class="field colour">
        <input type="color" id="theme-${key}" .value=${theme[key]} @input=${(e: Event) => set({ ...theme, [key]: (e.target as HTMLInputElement).value })} />
        <label for="theme-${key}">${s.themeColours[key]}</label>
      </div>`;
      return html`<fieldset class="theme">
        <legend>${s.theme}</legend>
        ${colour('accent')} ${colour('onAccent')} ${colour('text')} ${colour('surface')} ${colour('page')}
        <div class="field">
          <label for="theme-radius">${s.radius}</label>
          <input
            type="number"
            id="theme-radius"
            min="0"
            max="32"
            step="1"
            .value=${String(theme.radius)}
            @input=${(e: Event) => {
              const value = (e.target as HTMLInputElement).valueAsNumber;
              if (Number.isFinite(value) && value >= 0 && value <= 32) set({ ...theme, radius: value });
            }}
          />
        </div>
        <div class="field">
          <label for="theme-font">${s.font}</label>
          <select id="theme-font" @change=${(e: Event) => set({ ...theme, font: (e.target as HTMLSelectElement).value as Theme['font'] })}>
            ${(Object.keys(FONTS) as Theme['font'][]).map((f) => html`<option value=${f} .selected=${theme.font === f}>${s.fonts[f]}</option>`)}
          </select>
        </div>
        <ul class="contrast" aria-label=${s.contrast}>
          ${contrastPairs(theme).map(
            (p) => html`<li class=${p.ok ? 'ok' : 'low'}>
              ${s.pairs[p.name]}: ${p.ratio === undefined ? '—' : `${p.ratio.toFixed(1)}:1`}
              ${p.ok ? html`<span>${s.contrastOk}</span>` : html`<strong>${s.contrastLow}</strong>`}
            </li>`,
          )}
        </ul>
      </fieldset>`;
    },
  }),
};
