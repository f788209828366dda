import { css } from 'lit';

export const resourceListStyles = css`
  .controls {
    display: grid;
    gap: var(--_s3);
    margin-block-end: var(--_s4);
  }
  label,
  summary {
    font-weight: 600;
  }
  summary {
    min-height: var(--_target);
    padding-block: 0.6rem;
    cursor: pointer;
  }
  input[type='search'],
  select {
    display: block;
    width: 100%;
    max-width: 32rem;
    min-height: var(--_target);
    margin-block-start: var(--_s1);
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--hr-color-input, Field);
    color: var(--hr-color-input-text, FieldText);
    font: inherit;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
    margin-block-start: var(--_s1);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: var(--_target);
    padding: var(--_s1) var(--_s3);
    border: 2px solid var(--_border);
    border-radius: 999px;
    font-weight: 400;
    cursor: pointer;
  }
  .chip:has(input:checked) {
    border-color: var(--_accent);
  }
  .chip:has(input:focus-visible) {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .chip input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s2);
  }
  .count {
    font-weight: 600;
  }
  @media screen {
    .card {
      content-visibility: auto;
      contain-intrinsic-size: auto 18rem;
    }
  }
  .card:focus {
    outline: var(--_focus);
  }
  .badge {
    display: inline-block;
    margin-block-end: var(--_s2);
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0 0 var(--_s3);
    padding: 0;
    list-style: none;
  }
  .tags > li {
    padding: 0.1rem var(--_s2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .contact {
    display: grid;
    gap: var(--_s1);
    margin: 0 0 var(--_s3);
    padding: 0;
    list-style: none;
  }
  .contact a {
    display: inline-block;
    min-height: 1.75rem;
  }
  /* The status line stays in the accessibility tree while empty, so what it later says is announced. */
  p.meta:empty {
    margin: 0;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* A card of its own kind: nothing matched. */
  .empty {
    border-style: dashed;
  }
`;
