import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    display: block;
    height: 0;
  }
  .exit {
    position: fixed;
    z-index: 2147483646;
    inset-block-end: max(var(--_s3), env(safe-area-inset-bottom));
    inset-inline-end: max(var(--_s3), env(safe-area-inset-right));
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_target);
    padding: var(--_s2) var(--_s4);
    border: 2px solid var(--hr-quick-exit-border, #fff);
    border-radius: var(--_radius);
    background: var(--hr-quick-exit-color, #a4161a);
    color: var(--hr-quick-exit-text, #fff);
    font-weight: 700;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.35);
  }
  :host([position='bottom-left']) .exit,
  :host([position='top-left']) .exit {
    inset-inline-end: auto;
    inset-inline-start: max(var(--_s3), env(safe-area-inset-left));
  }
  :host([position^='top']) .exit {
    inset-block-end: auto;
    inset-block-start: max(var(--_s3), env(safe-area-inset-top));
  }
  .exit:focus-visible {
    outline: 3px solid var(--hr-quick-exit-color, #a4161a);
    outline-offset: 3px;
  }
  .cover {
    display: none;
    position: fixed;
    z-index: 2147483647;
    inset: 0;
    width: 100vw;
    height: 100vh;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: Canvas;
  }
  .cover.shown {
    display: block;
  }
  @media print {
    .exit {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .exit {
      border-color: ButtonText;
    }
  }
`;
