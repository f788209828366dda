/** The studio's theme controls: colours, corners, font, and the contrast of each pair a visitor reads. */
import { html, type TemplateResult } from 'lit';
import type { StudioStrings } from './strings.js';
import { FONTS, contrastPairs, type Theme } from './theme.js';

export function renderTheme(s: StudioStrings, theme: Theme, set: (next: Theme) => void): TemplateResult {
  const colour = (key: 'accent' | 'onAccent' | 'text' | 'surface' | 'page'): TemplateResult => html`<div class="field colour">
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
        ${(Object.keys(FONTS) as Theme['font'][]).map((f) => html`<option value=${f} ?selected=${theme.font === f}>${s.fonts[f]}</option>`)}
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
}
