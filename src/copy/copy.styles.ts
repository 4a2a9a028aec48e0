import { css } from 'lit';

/** The Copy button's row, its status line, and the box shown when copying was refused. */
export const copyStyles = css`
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
    margin-block-start: calc(0.75 * var(--_rem));
  }
  .copy-status {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .copy-box {
    display: block;
    inline-size: 100%;
    margin-block-start: calc(0.5 * var(--_rem));
    padding: calc(0.5 * var(--_rem));
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    resize: vertical;
  }
  .copy-box:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`;
