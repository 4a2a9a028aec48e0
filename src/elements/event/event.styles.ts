import { css } from 'lit';

export const eventStyles = css`
  :host {
    --_gap: var(--plenary-gap, 1.5rem);
  }
  .page {
    display: grid;
    gap: var(--_gap);
  }
  /*
   * Two columns from about 52rem, one below: they wrap. Not a container query,
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
    flex: 3 1 30rem;
  }
  .aside {
    flex: 2 1 20rem;
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
