import { css } from 'lit';

export const contactsStyles = css`
  .group + .group {
    margin-block-start: 1.25rem;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.5rem;
    font-size: 1em;
  }
  .people {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem;
  }
  .contact {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .contact p {
    margin: 0;
  }
  .name {
    font-weight: 600;
  }
  .title,
  .unit {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .email,
  .phone {
    margin-block-start: 0.25rem !important;
  }
  .label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  a {
    display: inline-block;
    min-block-size: 24px;
  }
  .empty {
    color: var(--_muted);
  }
`;
