import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Join, PlenaryEvent, Session } from '../../descriptor/resolve.js';
import { baseLanguage, plainText } from '../../descriptor/text.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { wayBoundaries, waysIn, type JoinMoment, type WayIn } from '../../time/ways-in.js';
import { directionOf } from '../../i18n/lang.js';
import { noticeEvent } from '../moments.js';
import { comma, fullStop, spaceAfter, statusWords } from '../parts.js';
import { countdown, formatCountdown } from '../../time/countdown.js';
import { formatShortDate, formatTime, isoDate, machineTime } from '../../time/format.js';
import { zoneNamed } from '../../time/zones.js';
import { endOfLocalDay } from '../../time/instant.js';
import { linkOffered } from '../../time/phase.js';
import { msg, str } from '../../i18n/msg.js';
import { joinStyles } from './join.styles.js';

/**
 * The way in, by phase: before the join window, when it opens and how long
 * until then; while it is open and while live, a real link to the meeting
 * (with meeting ID and passcode) and the languages of interpretation; after,
 * the recording or "This event has ended"; cancelled or postponed, a notice
 * and no link.
 *
 * When sessions have links of their own it follows the clock from session to
 * session: it counts down to the next session with a link, offers the link of
 * the session whose window is open and names it, and between two sessions of
 * one day says that one has ended and when the next opens. The one link of a
 * meeting of several days does the same from sitting to sitting: "Live now"
 * only while a session is under way; at night and at a break in the programme,
 * when it opens again and a countdown to when the meeting resumes. A link for
 * registered participants is never shown: the element says that it is sent to
 * them, with the registration link before and "check your e-mail" during.
 * Changes are announced once, politely, through the page's one live region.
 *
 * @tagname plenary-join
 * @summary The join action: when it opens, the link while open, what is left after.
 * @csspart button - The join (or recording) link.
 * @csspart pending - The box shown before the join window opens.
 * @csspart session - The name of the session the link leads to.
 * @csspart notice - The cancelled, postponed, ended or registered-only notice.
 * @csspart register - The registration link of a meeting for registered participants.
 * @csspart meeting - Meeting ID and passcode.
 * @csspart interpretation - The languages of interpretation.
 * @cssprop --plenary-accent - Background of the join link.
 * @cssprop --plenary-accent-contrast - Text of the join link.
 */
export class PlenaryJoinElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, joinStyles];

  /**
   * Set by plenary-card around it, whose badge says "Live now" already: the
   * line is then not shown (and read) a second time above the link.
   */
  @property({ attribute: false }) liveShown = false;

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult {
    const moment = noticeEvent(this, event, view, (t) => this.text(t, view).text);
    // The moment as a modifier of its own ("is-live"): a bare "live" would take the styles of the "Live now" line.
    return html`<div class="join is-${moment.kind}" part="join">
      ${this.renderMoment(moment, waysIn(event), event, view)}
    </div>`;
  }

  private renderMoment(moment: JoinMoment, ways: readonly WayIn[], event: PlenaryEvent, view: View): TemplateResult {
    switch (moment.kind) {
      case 'cancelled':
      case 'postponed':
        return html`<p class="notice" part="notice">${statusWords(moment.kind)}</p>`;
      case 'ended':
        return this.renderEnded(event, view);
      case 'none':
        return ways.length === 0
          ? this.renderNoLink(event, view)
          : html`<p class="notice" part="notice">${msg('There are no more sessions to join online.', { id: 'join.noMore', desc: 'Shown after the last session with a join link, while the event still goes on' })}</p>`;
      case 'upcoming':
        return moment.way.join.access === 'registered' || moment.way.join.url
          ? this.renderPending(moment.way, moment.after, event, view)
          : this.renderNoLink(event, view);
      case 'open':
      case 'live':
        if (moment.way.join.access === 'registered') return this.renderRegistered(moment.way, moment.kind, event, view);
        return moment.way.join.url ? this.renderOpen(moment.way, moment.kind, event, view) : this.renderNoLink(event, view);
    }
  }

  private label(join: Join, view: View): TemplateResult {
    const label = join.label ? this.text(join.label, view) : { text: msg('Join the meeting', { id: 'join.label', desc: 'Text of the link that joins the online meeting' }) };
    return html`<span lang=${ifDefined(label.lang)} dir=${ifDefined(label.dir)}>${label.text}</span>${join.platform
        ? html`<span class="platform">&nbsp;· ${join.platform}</span>`
        : nothing}`;
  }

  /** The session a way in leads to, under the words for where it is ("Next: …"). */
  private sessionLine(way: WayIn, kind: 'upcoming' | 'open' | 'live', view: View): TemplateResult | typeof nothing {
    if (!way.session) return nothing;
    const title = this.titleOf(way.session, view);
    const words =
      kind === 'live'
        ? msg(html`Now: ${title}`, { id: 'join.session.now', desc: 'Above the join link: the session under way; the value is its title' })
        : msg(html`Next: ${title}`, { id: 'join.session.next', desc: 'Above the join link or its countdown: the next session; the value is its title' });
    return html`<p class="session" part="session">${words}</p>`;
  }

  private titleOf(session: Session, view: View): TemplateResult {
    const title = this.text(session.title, view);
    return html`<span lang=${ifDefined(title.lang)} dir=${ifDefined(title.dir)}>${title.text}</span>`;
  }

  private renderPending(way: WayIn, after: WayIn | undefined, event: PlenaryEvent, view: View): TemplateResult {
    return html`
      ${after?.session
        ? html`<p class="detail">${msg(html`${this.titleOf(after.session, view)} has ended.`, { id: 'join.sessionEnded', desc: 'Between two sessions of one day; the value is the title of the session that has ended' })}</p>`
        : nothing}
      <div class="pending" part="pending">
        ${this.sessionLine(way, 'upcoming', view)}
        <p class="title">${way.join.access === 'registered' ? this.registeredWords() : this.label(way.join, view)}</p>
        <p class="detail">
          ${twoSentences(this.opensText(way, event, view), this.startsText(way, view))}
        </p>
      </div>
      ${way.join.access === 'registered' ? this.registerLink(way.join) : nothing} ${this.renderInterpretation(way.join, event, view)}
    `;
  }

  private renderOpen(way: WayIn, kind: 'open' | 'live', event: PlenaryEvent, view: View): TemplateResult {
    const { join } = way;
    const live = kind === 'live';
    return html`
      ${this.sessionLine(way, kind, view)}
      ${live ? this.liveLine() : html`<p class="detail">${this.startsText(way, view)}</p>`}
      <a class="button" part="button" href=${join.url!} rel="noopener">${this.label(join, view)}</a>
      ${join.meetingId || join.passcode
        ? html`<dl class="meeting" part="meeting">
            ${join.meetingId
              ? html`<div><dt>${msg('Meeting ID', { id: 'join.meetingId', desc: 'Label of the meeting number beside the join link' })}</dt><dd dir="ltr">${join.meetingId}</dd></div>`
              : nothing}
            ${join.passcode
              ? html`<div><dt>${msg('Passcode', { id: 'join.passcode', desc: 'Label of the meeting password beside the join link' })}</dt><dd dir="ltr">${join.passcode}</dd></div>`
              : nothing}
          </dl>`
        : nothing}
      ${this.renderInterpretation(join, event, view)}
      ${live ? html`<p class="detail">${this.endsText(way, event, view)}</p>` : nothing}
    `;
  }

  private liveLine(): TemplateResult | typeof nothing {
    return this.liveShown
      ? nothing
      : html`<p class="live"><span class="dot" aria-hidden="true"></span>${msg('Live now', { id: 'join.live', desc: 'Shown beside the join link while the event is under way' })}</p>`;
  }

  /** A link sent to registered participants: never shown; during its window, where to find it. */
  private renderRegistered(way: WayIn, kind: 'open' | 'live', event: PlenaryEvent, view: View): TemplateResult {
    const registered = this.registeredWords();
    return html`
      ${this.sessionLine(way, kind, view)}
      ${kind === 'live' ? this.liveLine() : html`<p class="detail">${this.startsText(way, view)}</p>`}
      <p class="notice" part="notice">
        ${registered}${spaceAfter(registered)}${msg('Check your e-mail for the link.', { id: 'join.checkEmail', desc: 'While a meeting for registered participants is open: where they find its link' })}
      </p>
      ${this.renderInterpretation(way.join, event, view)}
      ${kind === 'live' ? html`<p class="detail">${this.endsText(way, event, view)}</p>` : nothing}
    `;
  }

  private registeredWords(): string {
    return msg('The link is sent to registered participants.', { id: 'join.registered', desc: 'Instead of the join link, for a meeting whose link goes to registered participants only' });
  }

  private registerLink(join: Join): TemplateResult | typeof nothing {
    return join.registration
      ? html`<a class="button secondary" part="register" href=${join.registration} rel="noopener"
          >${msg('Register', { id: 'join.register', desc: 'Link to the registration of a meeting whose link goes to registered participants only' })}</a
        >`
      : nothing;
  }

  /** The languages of interpretation, the visitor's first, each named in itself (or by its label) with its stream or channel (in the descriptor's language: "Arabic", "Floor"). */
  private renderInterpretation(join: Join, event: PlenaryEvent, view: View): TemplateResult | typeof nothing {
    if (join.interpretation.length === 0) return nothing;
    const own = baseLanguage(view.lang);
    const items = [...join.interpretation].sort((a, b) => Number(baseLanguage(b.lang) === own) - Number(baseLanguage(a.lang) === own));
    const id = 'interpretation-label';
    return html`<div class="interpretation" part="interpretation">
      <p class="label" id=${id}>${msg('Interpretation', { id: 'join.interpretation', desc: 'Label of the list of languages the meeting is interpreted into' })}</p>
      <ul aria-labelledby=${id}>
        ${items.map((item) => {
          const label = item.label ? this.text(item.label, view) : undefined;
          // "mul", each speaker in their own language: the floor, named in the visitor's language (browsers name it "mul").
          const floor = !label && item.lang.toLowerCase() === 'mul';
          const lang = label ? label.lang : floor ? undefined : item.lang;
          const name = label ? label.text : floor ? floorName() : languageName(item.lang);
          const named = html`<span lang=${ifDefined(lang)} dir=${ifDefined(lang ? directionOf(lang) : undefined)}>${name}</span>`;
          // A channel named as the language is shown ("English", beside "English") would say it twice: left out.
          const given = item.channel ? this.text(plainText(item.channel, event.lang), view) : undefined;
          const channel = given && given.text.toLocaleLowerCase() !== name.toLocaleLowerCase() ? given : undefined;
          return html`<li>${item.url ? html`<a href=${item.url} rel="noopener">${named}</a>` : named}${channel
              ? html`<span class="channel">&nbsp;· <bdi lang=${ifDefined(channel.lang)} dir=${ifDefined(channel.dir)}>${channel.text}</bdi></span>`
              : nothing}</li>`;
        })}
      </ul>
    </div>`;
  }

  private renderEnded(event: PlenaryEvent, view: View): TemplateResult {
    // The one rule the documents' list follows too, so the two never disagree on when there is a recording to watch.
    const recording = event.links.find((l) => l.kind === 'recording' && l.url && linkOffered(l.kind, event, view.now));
    if (recording) {
      const label = recording.label
        ? this.text(recording.label, view)
        : { text: msg('Watch the recording', { id: 'join.recording', desc: 'Link to the recording after the event has ended' }) };
      return html`
        <p class="notice" part="notice">${msg('This event has ended.', { id: 'join.ended', desc: 'Shown when the event is over' })}</p>
        <a class="button secondary" part="button" href=${recording.url!} rel="noopener"
          ><span lang=${ifDefined(label.lang)} dir=${ifDefined(label.dir)}>${label.text}</span></a
        >
      `;
    }
    return html`<p class="notice" part="notice">${msg('This event has ended.', { id: 'join.ended', desc: 'Shown when the event is over' })}</p>`;
  }

  /** No join link in the descriptor: where to go instead. */
  private renderNoLink(event: PlenaryEvent, view: View): TemplateResult {
    if (event.venue) {
      const name = this.text(event.venue.name, view);
      const address = event.venue.address ? this.text(event.venue.address, view) : undefined;
      const label = msg('In person:', { id: 'join.inPerson', desc: 'Label before the venue of an event held in person' });
      return html`<p class="notice" part="notice">
        ${label}${spaceAfter(label)}<span lang=${ifDefined(name.lang)} dir=${ifDefined(name.dir)}>${name.text}</span>${address
          ? html`${comma()}<span lang=${ifDefined(address.lang)} dir=${ifDefined(address.dir)}>${address.text}</span>`
          : nothing}
      </p>`;
    }
    // An event held in person (the default with no join link) whose venue is not known yet: no link to wait for.
    if (event.attendance === 'in-person') {
      return html`<p class="notice" part="notice">${msg('The venue will be published here.', { id: 'join.noVenue', desc: 'Shown for an event held in person when the descriptor names no venue yet' })}</p>`;
    }
    return html`<p class="notice" part="notice">${msg('The link to join will be published here.', { id: 'join.noLink', desc: 'Shown when the descriptor has no join link yet' })}</p>`;
  }

  /** The visitor's zone, or the organizers' for a zone the browser does not know. */
  private zoneOf(event: PlenaryEvent, view: View): string {
    return zoneNamed(view.zone) ? view.zone : event.timeZone;
  }

  private time(ms: number, event: PlenaryEvent, view: View): TemplateResult {
    const zone = this.zoneOf(event, view);
    return html`<time datetime=${machineTime(ms, zone)}>${formatTime(ms, view.intl, zone)}</time>`;
  }

  private opensText(way: WayIn, event: PlenaryEvent, view: View): TemplateResult {
    const zone = this.zoneOf(event, view);
    const opens = way.opens;
    const day = isoDate(opens, zone);
    const sameDay = day === isoDate(view.now, zone);
    const time = this.time(opens, event, view);
    if (sameDay) return html`${msg(html`Opens at ${time} your time`, { id: 'join.opensAt', desc: 'Before the join window opens; the value is a time in the visitor\'s zone' })}`;
    const date = html`<time datetime=${day}>${formatShortDate(opens, view.intl, zone)}</time>`;
    return html`${msg(html`Opens on ${date} at ${time} your time`, { id: 'join.opensOn', desc: "Before the join window opens; the values are a date and a time in the visitor's zone" })}`;
  }

  /** How long until the way in's start: "Starts in 2 days"; after a break of a meeting of several days, "Resumes in 9 hours". */
  private startsText(way: WayIn, view: View): string {
    const left = formatCountdown(countdown(way.start, view.now), view.intl);
    return way.resumes
      ? msg(str`Resumes ${left}`, { id: 'join.resumesIn', desc: 'Countdown to the next sitting of a meeting of several days that has begun (the next morning, after lunch); the value is like "in 9 hours" or "in 5 minutes"' })
      : msg(str`Starts ${left}`, { id: 'join.startsIn', desc: 'Countdown before the event; the value is like "in 2 days" or "in 5 minutes"' });
  }

  /**
   * When the sitting under way ends, with its date when that is not the
   * visitor's today (a meeting of several days, or one that runs past midnight
   * for them). When the event's own link is offered again at a later sitting
   * (after lunch, the next morning), this one pauses, and says when it resumes:
   * "Pauses at 12:30 PM · Resumes at 1:30 PM", not "Ends at 12:30 PM" beside a
   * card that says the day runs until 5:00 PM.
   */
  private endsText(way: WayIn, event: PlenaryEvent, view: View): TemplateResult {
    const next = waysIn(event).find((w) => w.resumes && w.start >= way.end);
    if (!next) {
      return this.onDayText(way.end, event, view, {
        at: (time) => msg(html`Ends at ${time}`, { id: 'join.endsAt', desc: 'Under the join link while live; the value is a time' }),
        on: (date, time) => msg(html`Ends on ${date} at ${time}`, { id: 'join.endsOn', desc: "Under the join link while live, when the end falls on another date in the visitor's zone; the values are a date and a time" }),
      });
    }
    const pauses = this.onDayText(way.end, event, view, {
      at: (time) => msg(html`Pauses at ${time}`, { id: 'join.pausesAt', desc: 'Under the join link while a meeting of several sittings is live: when this sitting stops (for lunch, for the night); the value is a time' }),
      on: (date, time) => msg(html`Pauses on ${date} at ${time}`, { id: 'join.pausesOn', desc: "Under the join link while a meeting of several sittings is live, when this sitting stops on another date in the visitor's zone; the values are a date and a time" }),
    });
    const resumes = this.onDayText(next.start, event, view, {
      at: (time) => msg(html`Resumes at ${time}`, { id: 'join.resumesAt', desc: 'After "Pauses at …": when the next sitting of the meeting starts, the same day; the value is a time' }),
      on: (date, time) => msg(html`Resumes on ${date} at ${time}`, { id: 'join.resumesOn', desc: 'After "Pauses at …": when the next sitting of the meeting starts, on another date; the values are a date and a time' }),
    });
    return twoSentences(pauses, resumes);
  }

  /** Words for an instant: `at` its time when it falls on the visitor's today, else `on` its date and time. */
  private onDayText(
    ms: number,
    event: PlenaryEvent,
    view: View,
    words: { at: (time: TemplateResult) => TemplateResult; on: (date: TemplateResult, time: TemplateResult) => TemplateResult },
  ): TemplateResult {
    const zone = this.zoneOf(event, view);
    const time = this.time(ms, event, view);
    const day = isoDate(ms, zone);
    if (day === isoDate(view.now, zone)) return words.at(time);
    return words.on(html`<time datetime=${day}>${formatShortDate(ms, view.intl, zone)}</time>`, time);
  }

  /** Wake when the way in changes, or when the countdown's number does, whichever comes first. */
  protected override nextChange(event: PlenaryEvent, now: number): number | undefined {
    if (event.status === 'cancelled' || event.status === 'postponed') return undefined;
    const ways = waysIn(event);
    const changes = wayBoundaries(event, ways).filter((t) => t > now);
    const next = ways.find((w) => w.start > now);
    if (next && now < next.start) changes.push(countdown(next.start, now).changesAt);
    // Under way with an end on a later date for the visitor: at their midnight, "Ends on Mon, Mar 29 at 7:00 AM" becomes "Ends at 7:00 AM".
    const zone = zoneNamed(this.visitorZone()) ? this.visitorZone() : event.timeZone;
    const live = ways.find((w) => w.start <= now && now < w.end);
    if (live && isoDate(live.end, zone) !== isoDate(now, zone)) changes.push(endOfLocalDay(now, zone));
    return changes.length ? Math.min(...changes) : undefined;
  }
}

/**
 * Two sentences on one line ("Opens at 1:30 PM your time · Starts in 4 hours"):
 * for the eye a " · " that never begins a line, for a screen reader a full stop.
 */
function twoSentences(first: unknown, second: unknown): TemplateResult {
  return html`${first}<span aria-hidden="true">&nbsp;· </span><span class="visually-hidden">${fullStop()}</span>${second}`;
}

const floorName = (): string =>
  msg('Floor (original)', {
    id: 'join.floor',
    desc: 'In the list of languages of interpretation: the channel of the floor, where each speaker is heard in their own language (given without a label of its own in the descriptor)',
  });

const languageNames = new Map<string, string>();

/** A language named in itself: "français", "العربية", "中文". */
function languageName(tag: string): string {
  let name = languageNames.get(tag);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    languageNames.set(tag, name);
  }
  return name;
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-join': PlenaryJoinElement;
  }
}
