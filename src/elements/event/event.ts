import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PlenaryEvent } from '../../descriptor/resolve.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { paragraphsOf } from '../parts.js';
import { paragraphs } from '../../i18n/content.js';
import { msg } from '../../i18n/msg.js';
import { CopyController, copiedText } from '../../copy/copy-button.js';
import { copyStyles } from '../../copy/copy.styles.js';
import { linkOffered } from '../../time/phase.js';
import { eventStyles } from './event.styles.js';
import { heading, headingLevel } from '../heading.js';

/**
 * The whole event. With `plenary-*` elements inside, it loads the descriptor
 * once, gives it to them (with its `now`, `zone` and `lang`), and shows its
 * children as they are, headings and all. With none inside, it renders the
 * event page: card, about, programme, time zones, documents and contacts, in a
 * layout that reads well from 320 px to a wide desktop.
 *
 * @tagname plenary-event
 * @summary One event from one descriptor: a provider for the elements inside it, or the whole event page.
 * @csspart page - The whole page.
 * @csspart section - Each section of the page (about, programme, time zones, documents, contacts).
 * @csspart section-title - The title of a section.
 * @csspart copy - The row of the Copy button (under the time zones) and its confirmation.
 * @csspart copy-button - The button that copies the title, date, times in each zone and programme as text.
 * @csspart copy-status - "Copied", or what to do when the browser did not allow copying.
 * @csspart copy-box - The text to copy, selected, shown when the browser did not allow copying.
 * @cssprop --plenary-gap - Space between the sections of the page.
 */
export class PlenaryEventElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, eventStyles, copyStyles];

  /** Forwarded to the card: put a schema.org Event (JSON-LD) for the event in `document.head`. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /**
   * The level (2–6) of the event page's title, to fit the page's outline (default
   * 2): its sections' headings are one level below, theirs two (never below 6).
   */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  private readonly copy = new CopyController(this);

  /** Whether plenary-* elements sit inside: then this element only provides. */
  @state() private providing = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.providing = this.hasPlenaryChildren();
  }

  protected override childrenChanged(): void {
    super.childrenChanged();
    this.providing = this.hasPlenaryChildren();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.providing) {
      // The problems of a descriptor that cannot be shown are listed once, here,
      // above the children (which each say only that the event cannot be shown).
      if (this.source.state.status === 'error') return super.render();
      this.shown = this.source.state.status;
      return html`<slot></slot>`;
    }
    return super.render();
  }

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult {
    // A recording before the end, or a registration after it, is not shown (linkOffered): a list with nothing else has no section.
    const hasDocuments = event.documents.length > 0 || event.links.some((l) => linkOffered(l.kind, event, view.now)) || event.sessions.some((s) => s.documents.length > 0);
    const level = headingLevel(this.headingLevel, 2);
    const inner = String(Math.min(level + 2, 6));
    const section = (id: string, title: string, body: TemplateResult) => html`
      <section class="section ${id}" part="section" aria-labelledby="${id}-title">
        ${heading(level + 1, title, 'section-title', `${id}-title`)} ${body}
      </section>
    `;
    const about = event.description
      ? section('about', msg('About the event', { id: 'event.about', desc: 'Heading of the event description on the event page' }), this.renderDescription(event, view))
      : nothing;
    const programme =
      event.sessions.length || event.speakers.length || event.moderators.length
        ? section('programme', msg('Programme', { id: 'event.programme', desc: 'Heading of the sessions on the event page' }), html`<plenary-agenda heading-level=${inner} no-copy></plenary-agenda>`)
        : nothing;
    const zones = section(
      'zones',
      msg('Time zones', { id: 'event.zones', desc: 'Heading of the event times in several time zones' }),
      html`<plenary-schedule no-copy></plenary-schedule>${this.copy.render(
          event.sessions.length
            ? msg('Copy times and programme', { id: 'copy.event', desc: 'Button on the event page and the programme that copies the title, date, times in each time zone and the sessions as text, to paste into an e-mail or a note' })
            : msg('Copy times', { id: 'copy.times', desc: 'Button that copies the event times in each time zone as text, to paste into an e-mail or a note' }),
          () => copiedText(event, view, { sessions: true }),
        )}`,
    );
    // With neither a description nor a programme, the time zones take the main column: it is not left empty beside them.
    const zonesFirst = about === nothing && programme === nothing;
    return html`
      <div class="page" part="page">
        <plenary-card class="card" heading-level=${level} ?structured-data=${this.structuredData}></plenary-card>
        <div class="columns">
          <div class="main">${about}${programme}${zonesFirst ? zones : nothing}</div>
          <div class="aside">
            ${zonesFirst ? nothing : zones}
            ${hasDocuments
              ? section('documents', msg('Documents and links', { id: 'event.documents', desc: 'Heading of the documents and links on the event page' }), html`<plenary-documents heading-level=${inner}></plenary-documents>`)
              : nothing}
            ${event.contacts.length
              ? section('contacts', msg('Contacts', { id: 'event.contacts', desc: 'Heading of the contacts on the event page' }), html`<plenary-contacts heading-level=${inner}></plenary-contacts>`)
              : nothing}
          </div>
        </div>
      </div>
    `;
  }

  /** The first two paragraphs, the rest folded. */
  private renderDescription(event: PlenaryEvent, view: View): TemplateResult {
    const description = event.description!;
    const count = paragraphs(description.in(view.lang)).length;
    return html`<div class="description">
      ${paragraphsOf(description, view, 0, 2)}
      ${count > 2
        ? html`<details>
            <summary>${msg('Read the full description', { id: 'event.more', desc: 'Opens the rest of the event description' })}</summary>
            ${paragraphsOf(description, view, 2)}
          </details>`
        : nothing}
    </div>`;
  }

  /** Plenary elements inside, in either form (`<plenary-card>` or `<div data-plenary="card">`). */
  private hasPlenaryChildren(): boolean {
    for (const el of this.querySelectorAll('*')) if (el.localName.startsWith('plenary-') || el.hasAttribute('data-plenary')) return true;
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-event': PlenaryEventElement;
  }
}
