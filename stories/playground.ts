/**
 * The descriptor playground: a content editor pastes or edits descriptor JSON,
 * sees each problem with its path as they type, and the whole event page
 * updating beside it.
 */
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { validate } from '../src/descriptor/validate.js';
import type { Problem } from '../src/descriptor/types.js';

export class PlenaryPlayground extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      gap: 1rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 64rem) {
      :host {
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        align-items: start;
      }
    }
    label {
      display: block;
      font-weight: 600;
      margin-block-end: 0.25rem;
    }
    textarea {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 28rem;
      font: 0.8125rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      padding: 0.5rem;
      border: 1px solid var(--plenary-border, #8c959f);
      border-radius: 6px;
      /* The host page's theme: the tokens it sets for Plenary. */
      background: var(--plenary-surface, #fff);
      color: var(--plenary-text, #1b1f24);
    }
    .problems {
      margin: 0.5rem 0 0;
      padding: 0.5rem 0.75rem;
      border-radius: 6px;
      border: 1px solid var(--plenary-border, #c9d1d9);
      background: var(--plenary-surface, #fff);
      color: var(--plenary-text, #1b1f24);
    }
    .problems.bad {
      border-color: var(--plenary-danger, #b3261e);
    }
    .problems ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
    code {
      font-family: ui-monospace, monospace;
    }
  `;

  /** The visitor's IANA time zone, given to the event page (the toolbar's "Visitor zone"). */
  @property() zone?: string;

  /** The JSON being edited. */
  @state() private text = '';
  @state() private parsed: unknown = undefined;
  @state() private syntax = '';
  @state() private problems: { errors: readonly Problem[]; warnings: readonly Problem[] } = { errors: [], warnings: [] };
  private timer?: ReturnType<typeof setTimeout>;

  set descriptor(value: unknown) {
    this.update_(JSON.stringify(value, null, 2));
  }

  private update_(text: string): void {
    this.text = text;
    try {
      this.parsed = JSON.parse(text);
      this.syntax = '';
      this.problems = validate(this.parsed);
    } catch (error) {
      this.syntax = (error as Error).message;
    }
  }

  private onInput(event: InputEvent): void {
    const text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update_(text), 250);
  }

  override render() {
    const { errors, warnings } = this.problems;
    const bad = this.syntax !== '' || errors.length > 0;
    return html`
      <div>
        <label for="json">Descriptor (JSON)</label>
        <textarea id="json" spellcheck="false" .value=${this.text} @input=${this.onInput}></textarea>
        <div class="problems ${bad ? 'bad' : ''}" role="status">
          ${this.syntax
            ? html`<p>Not valid JSON: ${this.syntax}</p>`
            : html`<p>${errors.length} errors, ${warnings.length} warnings</p>
                ${errors.length + warnings.length
                  ? html`<ul>
                      ${errors.map((p) => html`<li>error <code>${p.path || '(descriptor)'}</code>: ${p.message}</li>`)}
                      ${warnings.map((p) => html`<li>warning <code>${p.path || '(descriptor)'}</code>: ${p.message}</li>`)}
                    </ul>`
                  : nothing}`}
        </div>
      </div>
      <plenary-event .event=${this.parsed} now="2020-10-13T10:45Z" zone=${ifDefined(this.zone)}></plenary-event>
    `;
  }
}

if (!customElements.get('plenary-playground')) customElements.define('plenary-playground', PlenaryPlayground);
