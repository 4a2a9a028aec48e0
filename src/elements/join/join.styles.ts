import { css } from 'lit';

export const joinStyles = css`
  .join p {
    margin: 0;
  }
  .join {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(0.5 * var(--_rem));
  }
  /* The transparent border is the button's outline in forced colours (Windows
     high contrast), where its background is not drawn. */
  .button {
    display: inline-block;
    min-block-size: 44px;
    padding: calc(0.625 * var(--_rem) - 1px) calc(1.25 * var(--_rem) - 1px);
    line-height: 1.5;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }
  .platform {
    white-space: nowrap;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
    border: 1px solid var(--_accent);
  }
  .pending {
    padding: calc(0.5 * var(--_rem)) var(--_rem);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .pending .title {
    font-weight: 600;
  }
  .detail {
    color: var(--_muted);
  }
  .notice {
    font-weight: 600;
  }
  .is-cancelled .notice,
  .is-postponed .notice {
    color: var(--_danger);
  }
  .live {
    display: inline-flex;
    align-items: center;
    gap: calc(0.4 * var(--_rem));
    font-weight: 600;
    color: var(--_danger);
  }
  .dot {
    inline-size: calc(0.6 * var(--_rem));
    block-size: calc(0.6 * var(--_rem));
    border-radius: 50%;
    background: currentColor;
    animation: pulse 2s ease-in-out infinite;
  }
  /* In forced colours a background is not drawn: the dot keeps its own, in the text's colour. */
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.3;
    }
  }
  .meeting {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.25 * var(--_rem)) calc(1.5 * var(--_rem));
    margin: 0;
  }
  .meeting div {
    display: flex;
    gap: calc(0.4 * var(--_rem));
  }
  .meeting dt {
    color: var(--_muted);
  }
  .meeting dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .session {
    font-weight: 600;
  }
  .interpretation .label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .interpretation ul {
    display: flex;
    flex-wrap: wrap;
    gap: calc(0.125 * var(--_rem)) var(--_rem);
    margin: calc(0.125 * var(--_rem)) 0 0;
    padding: 0;
    list-style: none;
  }
  .interpretation li {
    min-block-size: 24px;
  }
  .channel {
    color: var(--_muted);
  }
  /* On paper: the link and its address, no countdown or "live" mark. */
  @media print {
    .detail,
    .live {
      display: none;
    }
    .button {
      display: inline;
      padding: 0;
      border: 0;
      background: none;
      color: #000;
      text-decoration: underline;
    }
  }
`;
