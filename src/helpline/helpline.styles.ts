import { css } from 'lit';

export const helplineStyles = css`
  .ways {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2);
    margin: 0 0 var(--_s3);
    padding: 0;
    list-style: none;
  }
  a.button {
    text-decoration: none;
  }
  .meta {
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* compact: one bar, wrapping on narrow screens */
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1) 1.25rem;
    margin: 0;
    padding: var(--_s2) var(--_s3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    list-style: none;
  }
  .bar > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s1) var(--_s3);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_s3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bar a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    font-weight: 600;
  }
`;
