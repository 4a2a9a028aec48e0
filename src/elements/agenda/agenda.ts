import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlenaryEvent, Person, Session } from '../../descriptor/resolve.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { heading, headingLevel } from '../heading.js';
import { colon, comma, dayHeading, documentItem, googleCalendarName, newTab, paragraphsOf, personItem } from '../parts.js';
import { googleCalendarUrl, outlookUrl, type TimedSession } from '../../calendar/links.js';
import { formatShortDate, formatTime, isoDate, machineTime, rangeZoneNames } from '../../time/format.js';
import { byLocalDay, dateTimeJoiner, formatDayHeading, inStartOrder, oneSitting, spansDays, startsOffDate } from '../../time/days.js';
import { endOfLocalDay } from '../../time/instant.js';
import { nextAfter, nextPhaseChange, sessionEnds, sessionsUnderWay } from '../../time/phase.js';
import { wayBoundaries, waysIn, type WayIn } from '../../time/ways-in.js';
import { noticeEvent } from '../moments.js';
import { zoneNamed } from '../../time/zones.js';
import { paragraphs, type Shown } from '../../i18n/content.js';
import { msg } from '../../i18n/msg.js';
import { CopyController, copiedText } from '../../copy/copy-button.js';
import { copyStyles } from '../../copy/copy.styles.js';
import { agendaStyles } from './agenda.styles.js';

/** Descriptions longer than this (or of several paragraphs) show their first paragraph and fold the rest. */
const FOLD_AFTER = 400;

/**
 * A long programme shows this many sessions in its first frame and the rest
 * once that frame is on screen: the first screen does not wait for the hundreds
 * of sessions below it (more than a screen's worth on any display).
 */
const AT_ONCE = 20;

/**
 * The sessions in order: title, time range in the visitor's zone (or `zone`),
 * description, speakers and moderators, and the session's documents. While the
 * event is live the current session is marked (`aria-current`). Each session
 * has an anchor: a page address ending in `#session-id` scrolls to it. A
 * session still to come has a small "Add to calendar" that unfolds links to
 * Google Calendar, Outlook.com and Microsoft 365 for that session alone (made
 * when unfolded: a long programme does not build them all). The session whose
 * way in is open (its own link's window, or the event's while it is under way)
 * has a compact "Join" link. A Copy button
 * above the sessions puts the title, the times in each display zone and one
 * line per session on the clipboard, as text and as HTML. A long programme
 * shows its first 20 sessions at once and the rest once that frame is on
 * screen (`updateComplete` settles once every session is in place).
 *
 * @tagname plenary-agenda
 * @summary The programme: sessions, times, speakers and their documents.
 * @csspart sessions - The list of sessions.
 * @csspart session - One session.
 * @csspart session-title - A session's title.
 * @csspart now - The "Now" mark of the current session.
 * @csspart add-to-calendar - A session's "Add to calendar" (a disclosure).
 * @csspart session-join - The "Join" link of the session whose way in is open.
 * @csspart copy - The row of the Copy button (above the sessions) and its confirmation.
 * @csspart copy-button - The button that copies the title, date, times in each zone and programme as text.
 * @csspart copy-status - "Copied", or what to do when the browser did not allow copying.
 * @csspart copy-box - The text to copy, selected, shown when the browser did not allow copying.
 * @cssprop --plenary-accent - Colour of the current session's mark.
 */
export class PlenaryAgendaElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, copyStyles, agendaStyles];

  /** Heading level of the session titles (2–6). */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** Leaves out the Copy button (the event page has one of its own). */
  @property({ type: Boolean, attribute: 'no-copy' }) noCopy = false;

  private readonly copy = new CopyController(this);

  private readonly onHashChange = () => this.revealHash();
  /** The sessions whose "Add to calendar" is unfolded: their links are made. */
  private readonly adding = new Set<string>();
  private revealed = false;
  /** How many sessions are rendered: AT_ONCE until the first render of a long programme has been painted, then all. */
  private limit = AT_ONCE;
  /** Settles once the rest of a long programme is rendered; unset when nothing is left to render. */
  private filling?: Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult {
    const level = headingLevel(this.headingLevel, 3);
    const current = view.phase === 'live' ? sessionsUnderWay(event, view.now) : [];
    // Session times are shown in the visitor's zone (or `zone`). Where a day's sessions fall on more than one date
    // there, each of them shows its date: a row without one is on the day's date, never on the date of the row above.
    const zone = zoneNamed(view.zone) ? view.zone : event.timeZone;
    // The way in open now goes on its session (the event's own, on the session under way).
    const moment = noticeEvent(this, event, view, (t) => this.text(t, view).text);
    const joining = moment.kind === 'open' || moment.kind === 'live' ? { session: moment.way.session ?? current.at(-1), way: moment.way } : undefined;
    if (event.sessions.length === 0) {
      return html`${this.renderEventPeople(event, level, view)}
        <p class="empty">${msg('The programme will be published here.', { id: 'agenda.empty', desc: 'Shown by the agenda when the event has no sessions yet' })}</p>`;
    }
    const labels = rowLabels();
    if (spansDays(event.start, event.end, event.timeZone) && !oneSitting(event, event.timeZone)) {
      // Several days: a heading per day of the programme, numbered in order (the organizers'
      // dates that have sessions: "Day 2" is one day for everyone, and a weekend without
      // sessions is not counted), dated where that day begins in the zone shown, its
      // sessions under it, each with its date when they are not all on that one. Grouped by
      // the dates of the zone shown, one day's afternoon and the next day's morning
      // would share a heading wherever the meeting's hours cross midnight. A sitting of less
      // than a day that runs on past the organizers' midnight (a webinar from 11:30 PM to
      // 1:00 AM) has no days to number: as "Day 1" and "Day 2" it would read as two days, both on the
      // same date seen from Kiribati; its sessions are listed as one day's, each dated.
      const inner = Math.min(level + 1, 6);
      // While a long programme shows its first sessions only, the days of those (the
      // days it begins with, when the sessions come in order): each date costs a
      // look at the zone's offsets.
      const first = this.limit < event.sessions.length && inStartOrder(event.sessions) ? event.sessions.slice(0, this.limit) : event.sessions;
      const days = byLocalDay(first, event.timeZone, event.start);
      // The sessions of the first frame's last day that come after it (in order, before the
      // organizers' next date): whether that day's rows show their dates does not change when they come.
      const later = first === event.sessions ? [] : event.sessions.slice(first.length);
      const whole = (day: (typeof days)[number]) => {
        if (later.length === 0 || day !== days.at(-1)) return day.sessions;
        const next = endOfLocalDay(day.first, event.timeZone);
        return [...day.sessions, ...later.filter((s) => s.start !== undefined && s.start < next)];
      };
      let left = this.limit;
      return html`
        ${this.renderCopy(event, view)}
        ${days.map((day, i) => {
          const sessions = day.sessions.slice(0, Math.max(left, 0));
          left -= day.sessions.length;
          if (sessions.length === 0) return nothing;
          const row: Row = { event, zone, dated: startsOffDate(whole(day), isoDate(day.first, zone), zone), level: inner, current, joining, labels, view };
          return html`<section class="day" part="day">
            ${heading(level, dayHeading(i + 1, formatDayHeading(day.first, view.intl, zone), view.intl), 'day-title', `agenda-day-${i + 1}`)}
            <ol class="sessions" part="sessions">
              ${repeat(
                sessions,
                (s) => s.id,
                (s) => this.renderSession(s, row),
              )}
            </ol>
          </section>`;
        })}
        ${this.renderEventPeople(event, level, view)}
      `;
    }
    // One day (or one sitting) for the organizers: the sessions show their dates where one of them is not on theirs
    // (the date the page gives the event), as the schedule's rows do: from Mexico City, an evening
    // session of a Wednesday meeting in Asia is on the Tuesday. Then every session does: from New
    // York, a Bangkok morning on Tuesday evening, its afternoon after midnight, on the Wednesday,
    // would otherwise read as the Tuesday's small hours, before the morning.
    const row: Row = { event, zone, dated: startsOffDate(event.sessions, isoDate(event.start, event.timeZone), zone), level, current, joining, labels, view };
    return html`
      ${this.renderCopy(event, view)}
      <ol class="sessions" part="sessions">
        ${repeat(
          event.sessions.slice(0, this.limit),
          (s) => s.id,
          (s) => this.renderSession(s, row),
        )}
      </ol>
      ${this.renderEventPeople(event, level, view)}
    `;
  }

  /** "Copy times and programme": the title, the date, the times in each display zone, a line per session. */
  private renderCopy(event: PlenaryEvent, view: View): TemplateResult | typeof nothing {
    if (this.noCopy) return nothing;
    return this.copy.render(
      msg('Copy times and programme', { id: 'copy.event', desc: 'Button on the event page and the programme that copies the title, date, times in each time zone and the sessions as text, to paste into an e-mail or a note' }),
      () => copiedText(event, view, { sessions: true }),
    );
  }

  // A session is one template with few nested ones: 500 sessions would otherwise
  // be thousands of template instances, the largest cost of a long agenda. Texts
  // in the UI's language go in as plain strings, the time range and a
  // one-paragraph description in place, the labels are looked up once a render.
  private renderSession(session: Session, row: Row): TemplateResult {
    const { view, labels } = row;
    const isCurrent = row.current.includes(session);
    return html`<li id=${session.id} class=${isCurrent ? 'session current' : 'session'} part="session" aria-current=${isCurrent ? 'true' : 'false'}>
      ${heading(row.level, inline(this.text(session.title, view)), 'session-title')}
      ${isCurrent ? html`<p class="now" part="now">${labels.now}</p>` : nothing}
      ${this.renderTimes(session, row)}${row.joining?.session === session ? this.renderJoin(session, row.joining.way, row) : nothing}${this.renderAdd(session, row)}
      ${this.renderDescription(session, view)}
      ${this.renderPeople(labels.moderators, session.moderators, view)}${this.renderPeople(labels.speakers, session.speakers, view)}
      ${session.documents.length
        ? html`<div class="docs">
            <p class="label">${labels.documents}</p>
            <ul>
              ${session.documents.map((d) => documentItem(d, view))}
            </ul>
          </div>`
        : nothing}
    </li>`;
  }

  private renderTimes(session: Session, { zone, dated, view, labels }: Row): TemplateResult | typeof nothing {
    const { start, end } = session;
    if (start === undefined) return nothing;
    const day = isoDate(start, zone);
    const date = dated ? html`<time datetime=${day}>${formatShortDate(start, view.intl, zone)}</time>${dateTimeJoiner(view.intl, true)}` : nothing;
    const names = rangeZoneNames(start, end, view.intl, zone);
    if (end === undefined) {
      return html`<p class="times">${date}<time datetime=${machineTime(start, zone)}>${formatTime(start, view.intl, zone)}</time> <span class="zone">${names.end}</span></p>`;
    }
    const nextDay = isoDate(end, zone) > day ? html` <span class="next-day">${labels.endsNextDay}</span>` : nothing;
    return html`<p class="times">${date}<time datetime=${machineTime(start, zone)}>${formatTime(start, view.intl, zone)}</time>${names.start ? html` <span class="zone">${names.start}</span>` : nothing}<span aria-hidden="true"> – </span><span class="visually-hidden"> ${labels.to} </span
      ><time datetime=${machineTime(end, zone)}>${formatTime(end, view.intl, zone)}</time>${nextDay} <span class="zone">${names.end}</span></p>`;
  }

  /** The compact way in of the session whose window is open: its link, or where registered participants find it. */
  private renderJoin(session: Session, way: WayIn, { view, labels }: Row): TemplateResult {
    const { join } = way;
    if (join.access === 'registered') {
      return html`<p class="session-join registered" part="session-join">${msg('The link is sent to registered participants.', { id: 'join.registered', desc: 'Instead of the join link, for a meeting whose link goes to registered participants only' })}</p>`;
    }
    if (!join.url) return html``;
    return html`<p class="session-join" part="session-join">
      <a href=${join.url} rel="noopener">${labels.join}<span class="visually-hidden">${labels.colon}${inline(this.text(session.title, view))}</span></a>${join.platform
        ? html`&nbsp;<span class="platform">· ${join.platform}</span>`
        : nothing}
    </p>`;
  }

  /** "Add to calendar" for a session with a start and an end still to come, while the event goes ahead. */
  private renderAdd(session: Session, { event, view, labels }: Row): TemplateResult | typeof nothing {
    const { end } = session;
    if (session.start === undefined || end === undefined || end <= view.now) return nothing;
    if (view.phase === 'ended' || view.phase === 'cancelled' || view.phase === 'postponed') return nothing;
    const toggled = (e: Event) => {
      const open = (e.currentTarget as HTMLDetailsElement).open;
      if (open === this.adding.has(session.id)) return;
      if (open) this.adding.add(session.id);
      else this.adding.delete(session.id);
      this.requestUpdate();
    };
    return html`<details class="add" part="add-to-calendar" @toggle=${toggled}>
      <summary>${labels.addToCalendar}<span class="visually-hidden">${labels.colon}${inline(this.text(session.title, view))}</span></summary>
      ${this.adding.has(session.id) ? this.renderAddLinks(session as TimedSession, event, view) : nothing}
    </details>`;
  }

  /** The links of an unfolded "Add to calendar": made only for the sessions whose links are asked for. */
  private renderAddLinks(timed: TimedSession, event: PlenaryEvent, view: View): TemplateResult {
    const pageUrl = location.href.split('#')[0];
    // Each heard with its session ("Google Calendar: Closing"): in a screen reader's list of links, not the same name as the whole event's links in the card.
    const session = html`${colon()}${inline(this.text(timed.title, view))}`;
    return html`<ul class="add-links">
      <li>${newTab(googleCalendarUrl(event, view.lang, pageUrl, timed), googleCalendarName(), session)}</li>
      <li>${newTab(outlookUrl(event, view.lang, pageUrl, 'live', timed), 'Outlook.com', session)}</li>
      <li>${newTab(outlookUrl(event, view.lang, pageUrl, 'office', timed), 'Microsoft 365', session)}</li>
    </ul>`;
  }

  private renderDescription(session: Session, view: View): TemplateResult | typeof nothing {
    if (!session.description) return nothing;
    const shown = this.text(session.description, view);
    const parts = paragraphs(shown.text);
    if (parts.length === 0) return nothing;
    if (parts.length === 1 && shown.text.length <= FOLD_AFTER) {
      // One template for the usual short description (a long programme has hundreds).
      return html`<div class="description"><p lang=${ifDefined(shown.lang)} dir=${ifDefined(shown.dir)}>${parts[0]}</p></div>`;
    }
    return html`<div class="description">
      ${paragraphsOf(session.description, view, 0, 1)}
      ${parts.length > 1
        ? html`<details>
            <summary>
              ${msg('Read more', { id: 'agenda.more', desc: 'Opens the rest of a long session description' })}<span class="visually-hidden"
                >${colon()}${inline(this.text(session.title, view))}</span
              >
            </summary>
            ${paragraphsOf(session.description, view, 1)}
          </details>`
        : nothing}
    </div>`;
  }

  /** The speakers and moderators of the event as a whole, each under a heading of its own after the sessions (once they are all there). */
  private renderEventPeople(event: PlenaryEvent, level: number, view: View): TemplateResult | typeof nothing {
    if (event.sessions.length > this.limit) return nothing;
    const group = (label: string, kind: string, people: readonly Person[]) =>
      people.length
        ? html`<section class="event-people ${kind}">
            ${heading(level, label, `${kind}-title`)}
            <ul>
              ${people.map((p) => personItem(p, view))}
            </ul>
          </section>`
        : nothing;
    return html`${group(msg('Moderators', { id: 'agenda.moderators', desc: 'Label of the list of moderators' }), 'moderators', event.moderators)}
    ${group(msg('Speakers', { id: 'agenda.speakers', desc: 'Label of the list of speakers' }), 'speakers', event.speakers)}`;
  }

  /** A session's moderators or speakers under their label. */
  private renderPeople(label: string, people: readonly Person[], view: View): TemplateResult | typeof nothing {
    return people.length
      ? html`<div class="people">
          <p class="label">${label}</p>
          <ul>
            ${people.map((p) => this.renderPerson(p, view))}
          </ul>
        </div>`
      : nothing;
  }

  /** As personItem, in one template for the usual person: a name without a page, a title and an organization, all in the UI's language. */
  private renderPerson(person: Person, view: View): TemplateResult {
    const name = this.text(person.name, view);
    const title = this.text(person.title, view);
    const organization = this.text(person.organization, view);
    if (person.url || name.lang || !title.text || title.lang || !organization.text || organization.lang) return personItem(person, view);
    const sep = comma();
    return html`<li class="person"><span class="name">${name.text}</span>${sep}<span class="role">${title.text}</span>${sep}<span class="org">${organization.text}</span></li>`;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed as never);
    const event = this.resolved;
    if (!event) return;
    if (event.sessions.length > this.limit) {
      this.filling ??= this.fillAfterPaint();
      return;
    }
    this.limit = Infinity;
    if (!this.revealed) {
      this.revealed = true;
      this.revealHash();
    }
  }

  /**
   * The rest of a long programme, once the frame with its first sessions is on
   * screen. The main thread's part of that frame ends before the frame is
   * rastered and shown, and the rest of the programme (hundreds of rows, and
   * the compiling and collecting they set off) takes the processor from that
   * raster: queued from the first animation frame after this render, it put the
   * first sessions on screen 30-40 ms later on a 2-core machine. Chromium holds
   * the next frames back while one is rastered; in its traces a task queued from
   * the third animation frame ran once the raster was done (elsewhere it runs
   * about 50 ms on). A page that is not shown paints no frames: the rest comes
   * anyway. A page printed at once (a print view that prints on load) prints it
   * whole.
   */
  private fillAfterPaint(): Promise<void> {
    return new Promise((done) => {
      // Called once more by whichever of the three comes later, and settles also
      // when a shorter programme was shown in between (which set the limit itself).
      const fill = () => {
        removeEventListener('beforeprint', fill);
        if (this.limit !== Infinity) {
          this.limit = Infinity;
          this.requestUpdate();
        }
        this.filling = undefined;
        done();
      };
      addEventListener('beforeprint', fill);
      requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(fill))));
      setTimeout(fill, 500);
    });
  }

  /** Also waits for the rest of a long programme: once settled, every session is in place. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.filling) {
      await this.filling;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Scroll to the session named by the page address (`#session-2`), as an anchor would. */
  private revealHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? this.shadowRoot?.getElementById(id) : null;
    if (!target) return;
    // The rest of a long programme may still be coming in above the target:
    // scroll, and once more after the next frames, to land exactly.
    target.scrollIntoView({ block: 'start' });
    requestAnimationFrame(() => requestAnimationFrame(() => target.scrollIntoView({ block: 'start' })));
  }

  /** While live, also wake when the current session changes (one without an end ends too), and when a way in opens or closes. */
  protected override nextChange(event: PlenaryEvent, now: number): number | undefined {
    const boundaries = [...event.sessions.map((s) => s.start), ...sessionEnds(event), ...(event.status === 'cancelled' || event.status === 'postponed' ? [] : wayBoundaries(event, waysIn(event)))];
    return nextAfter(now, [nextPhaseChange(event, now), ...boundaries]);
  }
}

/** What every session row of a day shares: the event, the zone its times are shown in, whether they show their dates, the heading level, the session under way, the labels. */
interface Row {
  readonly event: PlenaryEvent;
  readonly zone: string;
  /** Some session of the day (of the event, in one day) starts on another date in `zone` than the day's heading (the organizers' date): each shows its date. */
  readonly dated: boolean;
  readonly level: number;
  /** The sessions under way (parallel ones together). */
  readonly current: readonly Session[];
  /** The session whose way in is open now, and that way. */
  readonly joining: { readonly session: Session | undefined; readonly way: WayIn } | undefined;
  readonly labels: ReturnType<typeof rowLabels>;
  readonly view: View;
}

/** The words of a session row, looked up once a render (in render(), so they follow the language). */
function rowLabels() {
  return {
    now: msg('Now', { id: 'agenda.now', desc: 'Mark on the session under way' }),
    to: msg('to', { id: 'schedule.to', desc: 'Read by screen readers between the two ends of a range shown with a dash: two times (9:00 – 17:00), or two dates (Monday, March 15 – Wednesday, March 17)' }),
    endsNextDay: msg('ends next day', { id: 'agenda.endsNextDay', desc: 'After the end time of a session that ends on the day after it starts' }),
    moderators: msg('Moderators', { id: 'agenda.moderators', desc: 'Label of the list of moderators' }),
    speakers: msg('Speakers', { id: 'agenda.speakers', desc: 'Label of the list of speakers' }),
    documents: msg('Documents', { id: 'agenda.documents', desc: "Label of a session's list of documents" }),
    addToCalendar: msg('Add to calendar', { id: 'agenda.addToCalendar', desc: 'Opens the links that add one session of the programme to a calendar' }),
    join: msg('Join', { id: 'agenda.join', desc: 'Link that joins the online meeting of the session whose window is open, beside its times' }),
    colon: colon(),
  };
}

/** A text as a plain string when it is in the UI's language (no template of its own), else in a span that carries its language. */
function inline(shown: Shown): string | TemplateResult {
  return shown.lang ? html`<span lang=${shown.lang} dir=${ifDefined(shown.dir)}>${shown.text}</span>` : shown.text;
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-agenda': PlenaryAgendaElement;
  }
}
