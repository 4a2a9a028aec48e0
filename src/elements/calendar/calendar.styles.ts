import { css } from 'lit';

export const calendarStyles = css`
  .label {
    margin: 0 0 calc(0.25 * var(--_rem));
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) var(--_rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Empty (no text, no space) until a file the visitor asked for is slow to come or could not be made. */
  .status {
    margin: 0;
  }
  .status:not(:empty) {
    margin-block-start: calc(0.25 * var(--_rem));
    font-size: 0.875em;
    color: var(--_muted);
  }
  .failed:not(:empty) {
    font-size: inherit;
    color: var(--_danger);
  }
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  /* Nothing to add to a calendar from paper. */
  @media print {
    :host {
      display: none !important;
    }
  }
`;
