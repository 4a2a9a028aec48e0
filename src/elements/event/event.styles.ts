import { css } from 'lit';

export const eventStyles = css`
  :host {
    container-type: inline-size;
    --_gap: var(--plenary-gap, 1.5rem);
  }
  .page {
    display: grid;
    gap: var(--_gap);
  }
  .columns {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 52rem) {
    .columns {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  .main,
  .aside {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .section {
    min-inline-size: 0;
  }
  .section > h3 {
    margin: 0 0 0.75rem;
    padding-block-end: 0.25rem;
    font-size: 1.25em;
    border-block-end: 2px solid var(--_accent);
  }
  .description p {
    margin: 0 0 0.75rem;
    max-inline-size: 70ch;
  }
  details[open] summary {
    margin-block-end: 0.75rem;
  }
`;
