import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PlenaryEvent, EventDocument, Link } from '../../descriptor/resolve.js';
import type { DocumentKind, LinkKind } from '../../descriptor/types.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { heading, headingLevel } from '../heading.js';
import { documentItem, linkLabel, textOf } from '../parts.js';
import { msg } from '../../i18n/msg.js';
import { linkOffered, nextLinkChange } from '../../time/phase.js';
import { documentsStyles } from './documents.styles.js';

type Group = { readonly key: string; readonly title: string; readonly items: TemplateResult[] };

const SOCIAL: readonly LinkKind[] = ['facebook', 'x', 'youtube', 'blog', 'rss'];

/**
 * Documents and links grouped by kind: concept note, agenda, talking points,
 * reference material, presentations, reports, discussion board, recording,
 * registration, website, social media. Each with its format and language when
 * the descriptor gives them. The recording appears when the event has ended,
 * as the join action offers it, and the registration goes then; the element
 * changes by itself at that moment.
 *
 * @tagname plenary-documents
 * @summary Documents and links, grouped by kind.
 * @csspart group - One kind of document or link.
 * @csspart group-title - The title of a group.
 */
export class PlenaryDocumentsElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, documentsStyles];

  /** Heading level of the group titles (2–6). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult {
    const groups = this.groups(event, view).filter((g) => g.items.length > 0);
    if (groups.length === 0) {
      return html`<p class="empty">${msg('Documents will be published here.', { id: 'documents.empty', desc: 'Shown when the event has no documents or links yet' })}</p>`;
    }
    const level = headingLevel(this.headingLevel, 3);
    return html`${groups.map(
      (g) => html`<section class="group ${g.key}" part="group">
        ${heading(level, g.title, 'group-title', `group-${g.key}`)}
        <ul>
          ${g.items}
        </ul>
      </section>`,
    )}`;
  }

  private groups(event: PlenaryEvent, view: View): Group[] {
    // Every document once: the event's, then those only listed under a session.
    const all: EventDocument[] = [...event.documents];
    for (const s of event.sessions) for (const d of s.documents) if (!all.includes(d) && !all.some((a) => d.url !== undefined && a.url === d.url)) all.push(d);
    const docs = (kind: DocumentKind) => all.filter((d) => d.kind === kind).map((d) => documentItem(d, view));
    const links = (kinds: readonly LinkKind[]) => event.links.filter((l) => kinds.includes(l.kind) && linkOffered(l.kind, event, view.now)).map((l) => this.linkItem(l, view));
    return [
      { key: 'concept-note', title: msg('Concept note', { id: 'documents.conceptNote', desc: 'Heading of the concept note group' }), items: docs('concept-note') },
      { key: 'agenda', title: msg('Agenda', { id: 'documents.agenda', desc: 'Heading of the agenda documents group' }), items: docs('agenda') },
      { key: 'talking-points', title: msg('Talking points', { id: 'documents.talkingPoints', desc: "Heading of the group of speakers' talking points" }), items: docs('talking-points') },
      { key: 'reference', title: msg('Reference material', { id: 'documents.reference', desc: 'Heading of the reference material group' }), items: docs('reference') },
      { key: 'presentation', title: msg('Presentations', { id: 'documents.presentations', desc: 'Heading of the presentations group' }), items: docs('presentation') },
      { key: 'report', title: msg('Reports', { id: 'documents.reports', desc: 'Heading of the reports group' }), items: docs('report') },
      { key: 'other', title: msg('Other documents', { id: 'documents.other', desc: 'Heading of the group of other documents' }), items: docs('other') },
      { key: 'discussion', title: msg('Discussion', { id: 'documents.discussion', desc: 'Heading of the online discussion board links' }), items: links(['discussion']) },
      { key: 'recording', title: msg('Recording', { id: 'documents.recording', desc: 'Heading of the recording links' }), items: links(['recording']) },
      { key: 'registration', title: msg('Registration', { id: 'documents.registration', desc: 'Heading of the registration links' }), items: links(['registration']) },
      { key: 'website', title: msg('Website', { id: 'documents.website', desc: 'Heading of the website links' }), items: links(['website']) },
      { key: 'social', title: msg('Follow', { id: 'documents.social', desc: 'Heading of the social media links (Facebook, X, YouTube, blog, RSS)' }), items: links(SOCIAL) },
      { key: 'other-links', title: msg('Other links', { id: 'documents.otherLinks', desc: 'Heading of the group of other links' }), items: links(['other']) },
    ];
  }

  /** Wake at the end when a recording or a registration link comes or goes then; nothing else here changes with the clock. */
  protected override nextChange(event: PlenaryEvent, now: number): number | undefined {
    return nextLinkChange(event, event.links.map((l) => l.kind), now);
  }

  private linkItem(link: Link, view: View): TemplateResult {
    const label = link.label ? textOf(link.label, view) : linkLabel(link.kind);
    return html`<li class="link ${link.kind}">
      ${link.url ? html`<a href=${link.url} rel="noopener">${label}</a>` : label}
      ${link.description ? html`<p class="doc-description">${textOf(link.description, view)}</p>` : nothing}
    </li>`;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'plenary-documents': PlenaryDocumentsElement;
  }
}
