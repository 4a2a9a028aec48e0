import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlenaryEvent, Organization } from '../../descriptor/resolve.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { heading, headingLevel } from '../heading.js';
import { formatDate, formatShortDate, formatTime, machineTime, zoneAbbreviation } from '../../time/format.js';
import { canonicalZone, offsetAt, zoneNamed } from '../../time/zones.js';
import { msg } from '../../i18n/msg.js';
import { addStructuredData, removeStructuredData } from './structured-data.js';
import { cardStyles } from './card.styles.js';

/**
 * The event at a glance: series, title, status, the date and time in the
 * visitor's zone and the organisers', how to attend, who organises it, the
 * summary, and the join and add-to-calendar actions.
 *
 * @tagname plenary-card
 * @summary The event at a glance, with the join and calendar actions.
 * @csspart card - The card's box.
 * @csspart series - The series line.
 * @csspart title - The title.
 * @csspart status - The status badge (cancelled, postponed, rescheduled, live, ended).
 * @csspart when - Date and times.
 * @csspart summary - The summary paragraph.
 * @csspart actions - Where the join and calendar actions sit.
 * @cssprop --plenary-accent - Series colour, badges and the join button.
 * @cssprop --plenary-surface - Background of the card.
 * @cssprop --plenary-border - Border of the card.
 * @cssprop --plenary-radius - Corner radius.
 */
export class PlenaryCardElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, cardStyles];

  /** Heading level of the title (2–6). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Put a schema.org Event (JSON-LD) for the event in `document.head`, once per event. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  private structuredId?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.structuredId) removeStructuredData(this.structuredId, this);
    this.structuredId = undefined;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed as never);
    const event = this.resolved;
    const wanted = this.structuredData && event ? event.id : undefined;
    if (wanted !== this.structuredId) {
      if (this.structuredId) removeStructuredData(this.structuredId, this);
      this.structuredId = wanted;
      if (event && wanted) addStructuredData(event, this, this.view(event).lang);
    }
  }

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult {
    const series = event.series ? this.text(event.series, view) : undefined;
    const title = this.text(event.title, view);
    const summary = event.summary ? this.text(event.summary, view) : undefined;
    return html`
      <article class="card" part="card">
        ${series ? html`<p class="series" part="series" lang=${ifDefined(series.lang)} dir=${ifDefined(series.dir)}>${series.text}</p>` : nothing}
        ${heading(headingLevel(this.headingLevel, 2), html`<span lang=${ifDefined(title.lang)} dir=${ifDefined(title.dir)}>${title.text}</span>`, 'title')}
        ${this.renderStatus(event, view)}
        ${this.renderWhen(event, view)}
        ${this.renderAttendance(event, view)}
        ${this.renderOrganizations(event.organizers, 'organizers', view)} ${this.renderOrganizations(event.partners, 'partners', view)}
        ${summary ? html`<p class="summary" part="summary" lang=${ifDefined(summary.lang)} dir=${ifDefined(summary.dir)}>${summary.text}</p>` : nothing}
        <div class="actions" part="actions">
          <plenary-join></plenary-join>
          <plenary-calendar></plenary-calendar>
        </div>
      </article>
    `;
  }

  private renderStatus(event: PlenaryEvent, view: View): TemplateResult | typeof nothing {
    const badge = (kind: string, text: string) => html`<p class="status ${kind}" part="status">${text}</p>`;
    switch (view.phase) {
      case 'cancelled':
        return badge('cancelled', msg('Cancelled', { id: 'card.cancelled', desc: 'Status badge of a cancelled event' }));
      case 'postponed':
        return badge('postponed', msg('Postponed', { id: 'card.postponed', desc: 'Status badge of a postponed event' }));
      case 'live':
        return badge('live', msg('Live now', { id: 'card.live', desc: 'Status badge while the event is under way' }));
      case 'ended':
        return badge('ended', msg('Ended', { id: 'card.ended', desc: 'Status badge after the event' }));
      default:
        return event.status === 'rescheduled'
          ? badge('rescheduled', msg('Rescheduled', { id: 'card.rescheduled', desc: 'Status badge of an event moved to a new date' }))
          : nothing;
    }
  }

  private renderWhen(event: PlenaryEvent, view: View): TemplateResult {
    const organisers = event.timeZone;
    const visitor = zoneNamed(view.zone) ? view.zone : undefined;
    const range = (zone: string, withDate: 'long' | 'short') => html`
      <time datetime=${machineTime(event.start, zone)}>${withDate === 'long' ? formatDate(event.start, view.intl, zone) : formatShortDate(event.start, view.intl, zone)}</time>,
      <span class="times"
        ><time datetime=${machineTime(event.start, zone)}>${formatTime(event.start, view.intl, zone)}</time> –
        <time datetime=${machineTime(event.end, zone)}>${formatTime(event.end, view.intl, zone)}</time></span
      >
      <span class="zone">${zoneAbbreviation(event.start, view.intl, zone)}</span>
    `;
    // One line when the visitor's clock reads the same as the organisers' for the whole event.
    const sameZone =
      !visitor ||
      canonicalZone(view.zone) === canonicalZone(organisers) ||
      [event.start, event.end].every((t) => offsetAt(visitor, t) === offsetAt(organisers, t));
    return html`
      <dl class="when" part="when">
        <div>
          <dt>${msg("Organisers' time", { id: 'card.organisersTime', desc: "Label of the event date and time in the organisers' time zone" })}</dt>
          <dd>${range(organisers, 'long')}</dd>
        </div>
        ${sameZone
          ? nothing
          : html`<div class="yours">
              <dt>${msg('Your time', { id: 'card.yourTime', desc: "Label of the event date and time in the visitor's own time zone" })}</dt>
              <dd>${range(visitor!, 'short')}</dd>
            </div>`}
      </dl>
    `;
  }

  private renderAttendance(event: PlenaryEvent, view: View): TemplateResult {
    const mode =
      event.attendance === 'online'
        ? msg('Online', { id: 'card.online', desc: 'How people attend: online only' })
        : event.attendance === 'in-person'
          ? msg('In person', { id: 'card.inPerson', desc: 'How people attend: at the venue only' })
          : msg('In person and online', { id: 'card.mixed', desc: 'How people attend: at the venue and online' });
    const venue = event.venue ? this.text(event.venue.name, view) : undefined;
    return html`<p class="attendance">
      <span class="mode">${mode}</span>${event.join?.platform && event.attendance !== 'in-person' ? html` · <span>${event.join.platform}</span>` : nothing}${venue
        ? html` ·
            ${event.venue!.url
              ? html`<a href=${event.venue!.url} lang=${ifDefined(venue.lang)} dir=${ifDefined(venue.dir)}>${venue.text}</a>`
              : html`<span lang=${ifDefined(venue.lang)} dir=${ifDefined(venue.dir)}>${venue.text}</span>`}`
        : nothing}
    </p>`;
  }

  private renderOrganizations(list: readonly Organization[], kind: 'organizers' | 'partners', view: View): TemplateResult | typeof nothing {
    if (list.length === 0) return nothing;
    const label =
      kind === 'organizers'
        ? msg('Organized by', { id: 'card.organizedBy', desc: 'Label before the list of organisers' })
        : msg('In partnership with', { id: 'card.partners', desc: 'Label before the list of partners' });
    return html`<div class="orgs ${kind}">
      <span class="orgs-label">${label}</span>
      <ul>
        ${list.map((o) => {
          const name = this.text(o.name, view);
          const content = html`<span lang=${ifDefined(name.lang)} dir=${ifDefined(name.dir)}>${name.text}</span>`;
          return html`<li>${o.url ? html`<a href=${o.url}>${content}</a>` : content}</li>`;
        })}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-card': PlenaryCardElement;
  }
}
