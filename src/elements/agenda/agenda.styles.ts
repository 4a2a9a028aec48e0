import { css } from 'lit';

export const agendaStyles = css`
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .session {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    scroll-margin-block-start: 1rem;
  }
  .session > * {
    margin: 0;
  }
  .session > * + * {
    margin-block-start: 0.5rem;
  }
  .session.current {
    border-color: var(--_accent);
    box-shadow: inset 4px 0 0 var(--_accent);
  }
  .session.current:dir(rtl) {
    box-shadow: inset -4px 0 0 var(--_accent);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .now {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent-text);
    background: var(--_accent);
  }
  /* The Copy row opens the agenda: space under it, none above (the element starts where it is put). */
  .copy {
    margin-block: 0 0.75rem;
  }
  .session-join {
    margin: 0.25rem 0;
  }
  .session-join a {
    display: inline-block;
    min-block-size: 24px;
    padding: 0.125rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }
  .session-join a:hover {
    text-decoration: underline;
  }
  .session-join .platform {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .session-join.registered {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .times {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .zone {
    font-size: 0.875em;
  }
  .description p {
    margin: 0 0 0.5rem;
    max-inline-size: 70ch;
  }
  details[open] summary {
    margin-block-end: 0.5rem;
  }
  .label {
    margin: 0;
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .people ul,
  .docs ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .person .name {
    font-weight: 600;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .doc-description {
    margin: 0;
    color: var(--_muted);
  }
  .empty {
    color: var(--_muted);
  }
  .add {
    margin-block: 0.25rem 0.5rem;
    font-size: 0.875em;
  }
  .add > summary {
    inline-size: fit-content;
    min-block-size: 24px;
    color: var(--_accent);
  }
  .add-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .add-links a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  /* Nothing to add to a calendar from paper. */
  @media print {
    .add {
      display: none;
    }
  }
`;
