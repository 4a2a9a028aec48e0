import { css } from 'lit';

export const cardStyles = css`
  .card {
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card > * {
    margin: 0;
  }
  .card > * + * {
    margin-block-start: calc(0.75 * var(--_rem));
  }
  .series {
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block-start: calc(0.25 * var(--_rem));
    font-size: 1.5em;
    line-height: 1.25;
  }
  .status {
    display: inline-block;
    padding: calc(0.125 * var(--_rem) - 1px) calc(0.625 * var(--_rem) - 1px);
    border: 1px solid transparent;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent-text);
    background: var(--_accent);
  }
  .status.cancelled,
  .status.postponed,
  .status.live {
    background: var(--_danger);
  }
  .status.ended {
    color: var(--_text);
    background: var(--_subtle);
    border: 1px solid var(--_border);
  }
  /* Each label beside its times, the labels in one column as wide as the longest
     in the language ("Hora de los organizadores"), so the times line up; on a
     phone that column takes at most 40% and its labels wrap. */
  .when {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
  }
  .when div {
    display: contents;
  }
  /* A label wraps between its words, never inside one ("organizador|es"): its
     column is at least as wide as its longest word. */
  .when dt {
    color: var(--_muted);
    overflow-wrap: break-word;
  }
  .when dd {
    margin: 0;
    font-weight: 600;
  }
  .when .yours dd {
    font-weight: 400;
  }
  /* In that narrower column a start or end with its date wraps too
     ("Monday, May 10, 2027 at" above "10:00 AM" on a phone); "10:00 AM" keeps
     its no-break space. */
  .when .times.dated time {
    white-space: normal;
  }
  /* Where the clocks change during a meeting: the hours of each group of days on a line of its own. */
  .day-group {
    display: block;
  }
  /* Hours on one line where the column has room; where it has not (a phone,
     Korean's longer "오전 10:00 ~ 오후 6:00", a larger text size) they wrap
     after the dash, each time whole with its day mark, instead of running off
     the card. */
  .times {
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
  }
  .times time,
  .times .hour {
    white-space: nowrap;
  }
  .shift {
    font-size: 0.75em;
    vertical-align: super;
    margin-inline-start: 0.125em;
    font-weight: 600;
  }
  .zone {
    color: var(--_muted);
    font-weight: 400;
    unicode-bidi: isolate;
  }
  .attendance {
    color: var(--_muted);
  }
  .orgs-label {
    color: var(--_muted);
  }
  .orgs ul {
    margin: calc(0.125 * var(--_rem)) 0 0;
    padding: 0;
    list-style: none;
  }
  .orgs a,
  .attendance a {
    display: inline-block;
    min-block-size: 24px;
  }
  .summary {
    max-inline-size: 70ch;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_rem) calc(1.5 * var(--_rem));
    padding-block-start: calc(0.5 * var(--_rem));
  }
  /* On paper: no status that the clock decides ("Live now", "Ended"). */
  @media print {
    .status.live,
    .status.ended {
      display: none;
    }
  }
`;
