import { css } from 'lit';

export const documentsStyles = css`
  .group + .group {
    margin-block-start: var(--_rem);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(0.25 * var(--_rem));
    font-size: 1em;
  }
  ul {
    margin: 0;
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  li + li {
    margin-block-start: calc(0.25 * var(--_rem));
  }
  a {
    display: inline-block;
    min-block-size: 24px;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .doc-description {
    margin: calc(0.125 * var(--_rem)) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .empty {
    color: var(--_muted);
  }
`;
