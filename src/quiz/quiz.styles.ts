import { css } from 'lit';

export const quizStyles = css`
  form,
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  .place {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    margin: var(--_s1) 0 var(--_s4);
    accent-color: var(--_accent);
  }
  .prompt {
    display: block;
    font-size: 1.2em;
    font-weight: 700;
    margin-block-end: var(--_s2);
  }
  .hint {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .choices {
    display: grid;
    gap: var(--_s2);
    margin-block: var(--_s3) var(--_s4);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_s3);
    min-height: var(--_target);
    padding: 0.6rem var(--_s3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
  }
  .choice:has(input:disabled) {
    cursor: default;
  }
  .choice:has(input:focus-visible) {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .choice.right {
    border-color: var(--_success);
  }
  .choice.wrong {
    border-color: var(--_warning);
    border-style: dashed;
  }
  input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
  .text {
    flex: 1;
  }
  .mark {
    flex: none;
    font-size: 0.875em;
    font-weight: 600;
  }
  .mark.right,
  .verdict.right {
    color: var(--_success);
  }
  .mark.wrong,
  .verdict.wrong {
    color: var(--_warning);
  }
  .feedback:not(:empty) {
    margin-block-end: var(--_s4);
    padding: var(--_s3) var(--_s4);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }
  .feedback > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
