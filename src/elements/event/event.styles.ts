import { css } from 'lit';

export const eventStyles = css`
  .summary {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .series {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_accent);
  }
  h2 {
    margin: 0.25rem 0 0.5rem;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .organizers,
  .when {
    margin: 0.5rem 0 0;
  }
  .zone {
    color: var(--_muted);
  }
`;
