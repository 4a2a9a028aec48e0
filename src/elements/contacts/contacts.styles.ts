import { css } from 'lit';

export const contactsStyles = css`
  .group + .group {
    margin-block-start: calc(1.25 * var(--_rem));
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(0.5 * var(--_rem));
    font-size: 1em;
  }
  .people {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, calc(15 * var(--_rem))), 1fr));
    gap: calc(0.75 * var(--_rem));
  }
  .contact {
    padding: calc(0.75 * var(--_rem));
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
    margin-block-start: calc(0.25 * var(--_rem)) !important;
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
