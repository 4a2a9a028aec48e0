import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlenaryEvent, Organization } from '../../descriptor/resolve.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { noticeEvent } from '../moments.js';
import { heading, headingLevel } from '../heading.js';
import { dayShift, formatDate, formatShortDate, formatTime, machineTime, rangeZoneLabel, rangeZoneNames } from '../../time/format.js';
import { dailyGroups, dateTimeJoiner, dateTimeRangeParts, spansDays } from '../../time/days.js';
import { canonicalZone, offsetAt, zoneNamed } from '../../time/zones.js';
import { msg } from '../../i18n/msg.js';
import { attendanceLabel, comma, dayGroupLines, dayMark, rangeSign } from '../parts.js';
import { addStructuredData, removeStructuredData } from './structured-data.js';
import { betweenSessions, nextAfter, nextPhaseChange, sessionEnds } from '../../time/phase.js';
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
    noticeEvent(this, event, view, (t) => this.text(t, view).text);
    const live = this.liveNow(event, view);
    const series = event.series ? this.text(event.series, view) : undefined;
    const title = this.text(event.title, view);
    const summary = event.summary ? this.text(event.summary, view) : undefined;
    // The series and the title are single lines: each starts where the page's lines
    // start (on the right in Arabic), its own direction kept inside its span.
    return html`
      <article class="card" part="card" aria-labelledby="card-title">
        ${series ? html`<p class="series" part="series"><span lang=${ifDefined(series.lang)} dir=${ifDefined(series.dir)}>${series.text}</span></p>` : nothing}
        ${heading(headingLevel(this.headingLevel, 2), html`<span lang=${ifDefined(title.lang)} dir=${ifDefined(title.dir)}>${title.text}</span>`, 'title', 'card-title')}
        ${this.renderStatus(event, view, live)}
        ${this.renderWhen(event, view)}
        ${this.renderAttendance(event, view)}
        ${this.renderOrganizations(event.organizers, 'organizers', view)} ${this.renderOrganizations(event.partners, 'partners', view)}
        ${summary ? html`<p class="summary" part="summary" lang=${ifDefined(summary.lang)} dir=${ifDefined(summary.dir)}>${summary.text}</p>` : nothing}
        <div class="actions" part="actions">
          <plenary-join .liveShown=${live}></plenary-join>
          <plenary-calendar></plenary-calendar>
        </div>
      </article>
    `;
  }

  /** Whether the badge says "Live now": under way, and not between the sessions of its programme (at night, over a weekend, at lunch). */
  private liveNow(event: PlenaryEvent, view: View): boolean {
    return view.phase === 'live' && !betweenSessions(event, view.now);
  }

  private renderStatus(event: PlenaryEvent, view: View, live: boolean): TemplateResult | typeof nothing {
    const badge = (kind: string, text: string) => html`<p class="status ${kind}" part="status">${text}</p>`;
    switch (view.phase) {
      case 'cancelled':
        return badge('cancelled', msg('Cancelled', { id: 'card.cancelled', desc: 'Status badge of a cancelled event' }));
      case 'postponed':
        return badge('postponed', msg('Postponed', { id: 'card.postponed', desc: 'Status badge of a postponed event' }));
      case 'live':
        return live ? badge('live', msg('Live now', { id: 'card.live', desc: 'Status badge while the event is under way' })) : nothing;
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
    const severalDays = spansDays(event.start, event.end, organisers);
    const range = (zone: string, withDate: 'long' | 'short') => {
      const short = withDate === 'short';
      if (severalDays && spansDays(event.start, event.end, zone)) return this.renderDays(event, zone, short, view);
      // One day for the organisers: the date, then the hours; an end on the next day here is marked, as on the schedule.
      const endShift = dayShift(event.end, zone, event.start, zone);
      const names = rangeZoneNames(event.start, event.end, view.intl, zone);
      return html`<time datetime=${machineTime(event.start, zone)}>${short ? formatShortDate(event.start, view.intl, zone) : formatDate(event.start, view.intl, zone)}</time>${dateTimeJoiner(view.intl, short)}<span class="times"
          ><time datetime=${machineTime(event.start, zone)}>${formatTime(event.start, view.intl, zone)}</time>${names.start ? html` <span class="zone">${names.start}</span>` : nothing}${rangeSign()}<time
            datetime=${machineTime(event.end, zone)}
            >${formatTime(event.end, view.intl, zone)}</time>${dayMark(endShift, view.intl)}</span
        >
        <span class="zone">${names.end}</span>`;
    };
    // One line when the visitor's clock reads the same as the organisers' for the whole event.
    const sameZone =
      !visitor ||
      canonicalZone(view.zone) === canonicalZone(organisers) ||
      [event.start, event.end].every((t) => offsetAt(visitor, t) === offsetAt(organisers, t));
    return html`
      <dl class="when" part="when">
        <div>
          <dt>${msg("Organizers' time", { id: 'card.organisersTime', desc: "Label of the event date and time in the organizers' time zone" })}</dt>
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

  /**
   * An event of several days in `zone`: the dates as the locale writes a range,
   * then the hours, once when every day keeps the same ("9:30 AM – 5:00 PM each
   * day"), a line for each group of days that does where the clocks change
   * during the meeting, else the start and the end with their dates.
   */
  private renderDays(event: PlenaryEvent, zone: string, short: boolean, view: View): TemplateResult {
    const names = rangeZoneNames(event.start, event.end, view.intl, zone);
    const groups = dailyGroups(event.start, event.end, event.sessions, zone, event.timeZone);
    if (groups) {
      // The dates the days begin on here, the hours of one day (the end marked when it falls on the next date).
      return html`${dayGroupLines(groups, zone, view.intl)}
        <span class="zone">${rangeZoneLabel(event.start, event.end, view.intl, zone)}</span>`;
    }
    const parts = dateTimeRangeParts(event.start, event.end, view.intl, zone, short);
    const piece = (source: string, ms: number) => {
      const text = parts.filter((p) => p.source === source).map((p) => p.value).join('');
      return html`<time datetime=${machineTime(ms, zone)}>${text}</time>`;
    };
    // The locale's range: its shared opening, the start, what stands between, the end, its shared closing.
    const firstStart = parts.findIndex((p) => p.source === 'startRange');
    const lastEnd = parts.length - 1 - [...parts].reverse().findIndex((p) => p.source === 'endRange');
    const firstEnd = parts.findIndex((p) => p.source === 'endRange');
    const lastStart = firstEnd - 1 - [...parts.slice(0, firstEnd)].reverse().findIndex((p) => p.source === 'startRange');
    const join = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join('');
    return html`<span class="times dated">${join(0, firstStart)}${piece('startRange', event.start)}${names.start ? html` <span class="zone">${names.start}</span>` : nothing}${rangeSign(join(lastStart + 1, firstEnd))}${piece('endRange', event.end)}${join(lastEnd + 1, parts.length)}</span>
      <span class="zone">${names.end}</span>`;
  }

  /**
   * How the event is attended, the platform, and the venue; for an event held in
   * person and online, with its address, which the join action inside the card
   * gives only when there is no link (and so for an event held in person only).
   */
  private renderAttendance(event: PlenaryEvent, view: View): TemplateResult {
    const mode = attendanceLabel(event.attendance);
    const venue = event.venue ? this.text(event.venue.name, view) : undefined;
    const address = event.venue?.address && event.attendance === 'mixed' ? this.text(event.venue.address, view) : undefined;
    return html`<p class="attendance">
      <span class="mode">${mode}</span>${event.join?.platform && event.attendance !== 'in-person' ? html`&nbsp;· <span>${event.join.platform}</span>` : nothing}${venue
        ? html`&nbsp;·
            ${event.venue!.url
              ? html`<a href=${event.venue!.url} lang=${ifDefined(venue.lang)} dir=${ifDefined(venue.dir)}>${venue.text}</a>`
              : html`<span lang=${ifDefined(venue.lang)} dir=${ifDefined(venue.dir)}>${venue.text}</span>`}${address
              ? html`${comma()}<span class="address" lang=${ifDefined(address.lang)} dir=${ifDefined(address.dir)}>${address.text}</span>`
              : nothing}`
        : nothing}
    </p>`;
  }

  private renderOrganizations(list: readonly Organization[], kind: 'organizers' | 'partners', view: View): TemplateResult | typeof nothing {
    if (list.length === 0) return nothing;
    const label =
      kind === 'organizers'
        ? msg('Organized by', { id: 'card.organizedBy', desc: 'Label before the list of organizers' })
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

  /** While live, also wake when a session starts or ends (one without an end too): the badge is shown only while one is under way. */
  protected override nextChange(event: PlenaryEvent, now: number): number | undefined {
    return nextAfter(now, [nextPhaseChange(event, now), ...event.sessions.map((s) => s.start), ...sessionEnds(event)]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-card': PlenaryCardElement;
  }
}
