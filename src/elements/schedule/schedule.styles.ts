import { css } from 'lit';

export const scheduleStyles = css`
  .date {
    margin: 0 0 calc(0.5 * var(--_rem));
    font-weight: 600;
  }
  .notice {
    margin: 0 0 calc(0.5 * var(--_rem));
    font-weight: 600;
    color: var(--_danger);
  }
  .clock-note {
    margin: calc(0.5 * var(--_rem)) 0 0;
    color: var(--_muted);
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
    padding: calc(0.5 * var(--_rem)) calc(0.25 * var(--_rem));
    border-block-end: 1px solid var(--_border);
  }
  .row.visitor {
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: calc(0.5 * var(--_rem));
  }
  .place {
    font-weight: 600;
    min-inline-size: calc(8 * var(--_rem));
    /* On the row's starting side, also for a name in a language written the other way. */
    text-align: left;
  }
  /* The row's side is the element's language's (an Arabic schedule on an English page starts on the right), not the page's. */
  .root:dir(rtl) .place {
    text-align: right;
  }
  .badge {
    font-size: 0.8125em;
    font-weight: 600;
    padding: 0 calc(0.5 * var(--_rem));
    border-radius: 999px;
    color: var(--_accent-text);
    background: var(--_accent);
  }
  .when {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem));
    margin-inline-start: auto;
  }
  /* Where the hours differ from day to day in some zone: each group of days that keep the same hours on a line of its own. */
  .day-group {
    display: block;
  }
  .local-date {
    color: var(--_muted);
  }
  .times {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    unicode-bidi: isolate;
  }
  .shift {
    font-size: 0.75em;
    vertical-align: super;
    margin-inline-start: 0.125em;
    font-weight: 600;
  }
  .zone {
    color: var(--_muted);
    font-size: 0.875em;
    unicode-bidi: isolate;
  }
  @media print {
    .badge {
      display: none;
    }
  }
`;
