import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Shared by every element: a small reset so host-page CSS cannot break the
 * layout, and the theme tokens. Tokens fall back to the host page's own font
 * and colour so an element looks at home without any setup.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--hr-color-text, inherit);
    line-height: 1.5;
    overflow-wrap: anywhere;
    --_accent: var(--hr-color-accent, #0b5cad);
    --_on-accent: var(--hr-color-on-accent, #fff);
    --_surface: var(--hr-color-surface, transparent);
    --_border: var(--hr-color-border, color-mix(in srgb, currentColor 30%, transparent));
    --_muted: var(--hr-color-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_radius: var(--hr-radius, 0.5rem);
    --_space: var(--hr-space, 1rem);
    /* Fixed spacing steps for gaps inside a part; --_space (site owners' --hr-space) sets the space between parts. */
    --_s1: 0.25rem;
    --_s2: 0.5rem;
    --_s3: 0.75rem;
    --_s4: 1rem;
    /* The smallest a control may be: 44 CSS px at the default font size (WCAG 2.5.5). */
    --_target: 2.75rem;
    --_focus: var(--hr-focus-ring, 3px solid var(--_accent));
    --_success: var(--hr-color-success, #166534);
    --_warning: var(--hr-color-warning, #92400e);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
    font-family: var(--hr-font-heading, inherit);
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--hr-color-link, var(--_accent));
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: var(--_target);
  }
  .notice {
    border-inline-start: 4px solid var(--_warning);
    padding: 0.5em 0.75em;
    margin: 0 0 var(--_space);
  }
  /* Each element sets --_reserve to about its usual height, matching the
     :not(:defined) rule in the README, so content does not jump in. */
  .loading {
    min-height: var(--_reserve, 6rem);
  }
  /* The built-in content's height is known: hold exactly that (set per element and screen width). */
  .loading.default {
    min-height: var(--_default-height, var(--_reserve, 6rem));
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_border: CanvasText;
    }
  }
`;

/** A solid button in the accent colour; elements use it for their main actions. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

/** A responsive grid of bordered cards: principles, resources, help lines. */
export const cardStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card > :last-child {
    margin-block-end: 0;
  }
`;

/**
 * The height an element holds while it loads: `reserve` for a site's data
 * (site owners tune it with --hr-reserve), and the measured height of its
 * built-in content on wide, medium (≤ 48rem) and narrow (≤ 30rem) screens.
 */
export function reserveStyles([reserve, wide, medium, narrow]: readonly [number, number, number, number]): CSSResult {
  // Numbers from this code, never from data: safe to put into CSS. Written minified: the build folds css`` only.
  return unsafeCSS(
    `:host{--_reserve:var(--hr-reserve,${reserve}rem);--_default-height:${wide}rem}` +
      `@media (max-width:48rem){:host{--_default-height:${medium}rem}}@media (max-width:30rem){:host{--_default-height:${narrow}rem}}`,
  );
}
