import { css } from 'lit';

export const calendarStyles = css`
  .label {
    margin: 0 0 0.25rem;
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Empty (no text, no space) until a file the visitor asked for is slow to come or could not be made. */
  .status {
    margin: 0;
  }
  .status:not(:empty) {
    margin-block-start: 0.25rem;
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
