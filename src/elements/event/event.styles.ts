import { css } from 'lit';

export const eventStyles = css`
  .root {
    --_gap: var(--plenary-gap, calc(1.5 * var(--_rem)));
  }
  .page {
    display: grid;
    gap: var(--_gap);
  }
  /*
   * Two columns from about 52 times the text size (832 px for 16 px text), one below: they wrap. Not a container query,
   * whose containment would make the element 0 wide wherever the page sizes it
   * to its content (a flex column aligned to the start, a float, a table cell).
   */
  .columns {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_gap);
  }
  .main,
  .aside {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .main {
    flex: 3 1 calc(30 * var(--_rem));
  }
  .aside {
    flex: 2 1 calc(20 * var(--_rem));
  }
  .section {
    min-inline-size: 0;
  }
  .section > [part='section-title'] {
    margin: 0 0 calc(0.75 * var(--_rem));
    padding-block-end: calc(0.25 * var(--_rem));
    font-size: 1.25em;
    border-block-end: 2px solid var(--_accent);
  }
  .description p {
    margin: 0 0 calc(0.75 * var(--_rem));
    max-inline-size: 70ch;
  }
  details[open] summary {
    margin-block-end: calc(0.75 * var(--_rem));
  }
`;
