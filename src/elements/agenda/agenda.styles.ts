import { css } from 'lit';

export const agendaStyles = css`
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(0.75 * var(--_rem));
  }
  .session {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    scroll-margin-block-start: var(--_rem);
  }
  .session > * {
    margin: 0;
  }
  .session > * + * {
    margin-block-start: calc(0.5 * var(--_rem));
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
    padding: 0 calc(0.5 * var(--_rem));
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_accent-text);
    background: var(--_accent);
  }
  /* The Copy row opens the agenda: space under it, none above (the element starts where it is put). */
  .copy {
    margin-block: 0 calc(0.75 * var(--_rem));
  }
  .session-join {
    margin: calc(0.25 * var(--_rem)) 0;
  }
  .session-join a {
    display: inline-block;
    min-block-size: 24px;
    padding: calc(0.125 * var(--_rem)) calc(0.75 * var(--_rem));
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
    margin: 0 0 calc(0.5 * var(--_rem));
    max-inline-size: 70ch;
  }
  details[open] summary {
    margin-block-end: calc(0.5 * var(--_rem));
  }
  .label {
    margin: 0;
    font-weight: 600;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .people ul,
  .docs ul {
    margin: calc(0.25 * var(--_rem)) 0 0;
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  .person .name {
    font-weight: 600;
  }
  /* A session's documents are targets of at least 24 px, as in the documents list. */
  .docs a {
    display: inline-block;
    min-block-size: 24px;
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
    margin-block: calc(0.25 * var(--_rem)) calc(0.5 * var(--_rem));
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
    gap: calc(0.25 * var(--_rem)) var(--_rem);
    margin: calc(0.25 * var(--_rem)) 0 0;
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
