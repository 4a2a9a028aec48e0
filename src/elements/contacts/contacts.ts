import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Contact, PlenaryEvent } from '../../descriptor/resolve.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { heading, headingLevel } from '../heading.js';
import { spaceAfter, textOf } from '../parts.js';
import { msg } from '../../i18n/msg.js';
import { contactsStyles } from './contacts.styles.js';

/**
 * The people to contact, grouped by organisation in the order the descriptor
 * gives them: name, title, unit, e-mail (a `mailto:` link) and telephone (a
 * `tel:` link).
 *
 * @tagname plenary-contacts
 * @summary Contacts, grouped by organisation.
 * @csspart group - The contacts of one organisation.
 * @csspart group-title - The organisation's name.
 * @csspart contact - One person.
 */
export class PlenaryContactsElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, contactsStyles];

  /** Heading level of the organisation names (2–6). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult {
    if (event.contacts.length === 0) {
      return html`<p class="empty">${msg('No contacts are listed for this event.', { id: 'contacts.empty', desc: 'Shown when the event lists no contacts' })}</p>`;
    }
    const level = headingLevel(this.headingLevel, 3);
    return html`${groupByOrganization(event.contacts, view.lang).map(
      ([organization, people], i) => html`<section class="group" part="group">
        ${organization ? heading(level, textOf(organization, view), 'group-title', `org-${i}`) : nothing}
        <ul class="people">
          ${people.map((c) => this.renderContact(c, view))}
        </ul>
      </section>`,
    )}`;
  }

  private renderContact(c: Contact, view: View): TemplateResult {
    return html`<li class="contact" part="contact">
      <p class="name">${textOf(c.name, view)}</p>
      ${c.title ? html`<p class="title">${textOf(c.title, view)}</p>` : nothing}
      ${c.unit ? html`<p class="unit">${textOf(c.unit, view)}</p>` : nothing}
      ${c.email ? this.renderLine('email', msg('E-mail:', { id: 'contacts.email', desc: 'Label before a contact e-mail address' }), c.email, c.emailUrl) : nothing}
      ${c.phone ? this.renderLine('phone', msg('Telephone:', { id: 'contacts.phone', desc: 'Label before a contact telephone number' }), c.phone, c.phoneUrl) : nothing}
    </li>`;
  }

  /** "E-mail: a@un.org", "电子邮件：a@un.org": a label, then the address (a link when it has one), left to right. */
  private renderLine(kind: 'email' | 'phone', label: string, value: string, url: string | undefined): TemplateResult {
    return html`<p class=${kind}>
      <span class="label">${label}</span>${spaceAfter(label)}${url ? html`<a href=${url} dir="ltr">${value}</a>` : html`<span dir="ltr">${value}</span>`}
    </p>`;
  }
}

/** Contacts by organisation (by its text in `lang`), groups in order of first appearance. */
function groupByOrganization(contacts: readonly Contact[], lang: string): Array<[Contact['organization'], Contact[]]> {
  const groups = new Map<string, [Contact['organization'], Contact[]]>();
  for (const c of contacts) {
    const key = c.organization?.in(lang) ?? '';
    const group = groups.get(key);
    if (group) group[1].push(c);
    else groups.set(key, [c.organization, [c]]);
  }
  return [...groups.values()];
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-contacts': PlenaryContactsElement;
  }
}
