import { css } from 'lit';

export const documentsStyles = css`
  .group + .group {
    margin-block-start: 1rem;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  li + li {
    margin-block-start: 0.25rem;
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
    margin: 0.125rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .empty {
    color: var(--_muted);
  }
`;
