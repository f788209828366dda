import { css } from 'lit';

export const principlesStyles = css`
  .intro {
    max-width: 65ch;
  }
  .list {
    margin: 0;
    padding-inline-start: 1.75em;
  }
  .list > li {
    margin-block-end: var(--_space);
    padding-inline-start: 0.25em;
  }
  .list > li::marker {
    font-weight: 700;
    color: var(--_accent);
  }
  .list > li > :last-child,
  .panel > :last-child {
    margin-block-end: 0;
  }
  .toggle-all {
    margin-block-end: var(--_s2);
  }
  .section {
    border-block-end: 1px solid var(--_border);
  }
  .section > * {
    margin: 0;
  }
  .header {
    display: flex;
    width: 100%;
    align-items: center;
    justify-content: space-between;
    gap: var(--_s4);
    padding: var(--_s3) var(--_s1);
    border: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
  }
  .header:hover {
    color: var(--_accent);
  }
  .icon {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(45deg);
  }
  [aria-expanded='true'] > .icon {
    transform: rotate(-135deg);
  }
  @media (prefers-reduced-motion: no-preference) {
    .icon {
      transition: transform 0.15s ease-out;
    }
  }
  .panel {
    padding: 0 var(--_s1) var(--_space);
  }
  @media print {
    .panel[hidden] {
      display: block !important;
    }
    .toggle-all,
    .icon {
      display: none;
    }
  }
`;
