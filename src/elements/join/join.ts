import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlenaryEvent } from '../../descriptor/resolve.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { joinOpensAt, nextPhaseChange, type Phase } from '../../time/phase.js';
import { countdown, formatCountdown } from '../../time/countdown.js';
import { formatShortDate, formatTime, isoDate, machineTime } from '../../time/format.js';
import { zoneNamed } from '../../time/zones.js';
import { msg, str } from '../../i18n/msg.js';
import { joinStyles } from './join.styles.js';

/**
 * The way in, by phase: before the join window, when it opens and how long
 * until then; while it is open and while live, a real link to the meeting
 * (with meeting ID and passcode); after, the recording or "This event has
 * ended"; cancelled or postponed, a notice and no link. Phase changes are
 * announced once, politely, to screen readers.
 *
 * @tagname plenary-join
 * @summary The join action: when it opens, the link while open, what is left after.
 * @csspart button - The join (or recording) link.
 * @csspart pending - The box shown before the join window opens.
 * @csspart notice - The cancelled, postponed or ended notice.
 * @csspart meeting - Meeting ID and passcode.
 * @cssprop --plenary-accent - Background of the join link.
 * @cssprop --plenary-accent-contrast - Text of the join link.
 */
export class PlenaryJoinElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, joinStyles];

  private shownPhase?: Phase;
  private announcement = '';

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult {
    const { phase } = view;
    if (this.shownPhase !== undefined && phase !== this.shownPhase) this.announcement = announcementFor(phase);
    this.shownPhase = phase;
    return html`
      <div class="join ${phase}" part="join">${this.renderPhase(event, view)}</div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderPhase(event: PlenaryEvent, view: View): TemplateResult {
    const { join } = event;
    switch (view.phase) {
      case 'cancelled':
        return html`<p class="notice" part="notice">${msg('This event has been cancelled.', { id: 'join.cancelled', desc: 'Shown instead of the join link when the event is cancelled' })}</p>`;
      case 'postponed':
        return html`<p class="notice" part="notice">
          ${msg('This event has been postponed. A new date will be announced.', { id: 'join.postponed', desc: 'Shown instead of the join link when the event is postponed' })}
        </p>`;
      case 'ended':
        return this.renderEnded(event, view);
      case 'upcoming':
        return join?.url ? this.renderPending(event, view) : this.renderNoLink(event, view);
      case 'open':
      case 'live':
        return join?.url ? this.renderOpen(event, view) : this.renderNoLink(event, view);
    }
  }

  private label(event: PlenaryEvent, view: View): TemplateResult {
    const join = event.join!;
    const label = join.label ? this.text(join.label, view) : { text: msg('Join the meeting', { id: 'join.label', desc: 'Text of the link that joins the online meeting' }) };
    return html`<span lang=${ifDefined(label.lang)} dir=${ifDefined(label.dir)}>${label.text}</span>${join.platform
        ? html`<span class="platform"> · ${join.platform}</span>`
        : nothing}`;
  }

  private renderPending(event: PlenaryEvent, view: View): TemplateResult {
    const opens = joinOpensAt(event);
    return html`
      <div class="pending" part="pending">
        <p class="title">${this.label(event, view)}</p>
        <p class="detail">
          ${this.opensText(opens, event, view)}
          <span aria-hidden="true"> · </span>
          ${this.startsText(event, view)}
        </p>
      </div>
    `;
  }

  private renderOpen(event: PlenaryEvent, view: View): TemplateResult {
    const join = event.join!;
    const live = view.phase === 'live';
    return html`
      ${live
        ? html`<p class="live"><span class="dot" aria-hidden="true"></span>${msg('Live now', { id: 'join.live', desc: 'Shown beside the join link while the event is under way' })}</p>`
        : html`<p class="detail">${this.startsText(event, view)}</p>`}
      <a class="button" part="button" href=${join.url!} rel="noopener">${this.label(event, view)}</a>
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
      ${live
        ? html`<p class="detail">${msg(html`Ends at ${this.time(event.end, event, view)}`, { id: 'join.endsAt', desc: 'Under the join link while live; the value is a time' })}</p>`
        : nothing}
    `;
  }

  private renderEnded(event: PlenaryEvent, view: View): TemplateResult {
    const recording = event.links.find((l) => l.kind === 'recording' && l.url);
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
      return html`<p class="notice" part="notice">
        ${msg('In person:', { id: 'join.inPerson', desc: 'Label before the venue of an event held in person' })}
        <span lang=${ifDefined(name.lang)} dir=${ifDefined(name.dir)}>${name.text}</span>${address
          ? html`, <span lang=${ifDefined(address.lang)} dir=${ifDefined(address.dir)}>${address.text}</span>`
          : nothing}
      </p>`;
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

  private opensText(opens: number, event: PlenaryEvent, view: View): TemplateResult {
    const zone = this.zoneOf(event, view);
    const day = isoDate(opens, zone);
    const sameDay = day === isoDate(view.now, zone);
    const time = this.time(opens, event, view);
    if (sameDay) return html`${msg(html`Opens at ${time} your time`, { id: 'join.opensAt', desc: 'Before the join window opens; the value is a time in the visitor\'s zone' })}`;
    const date = html`<time datetime=${day}>${formatShortDate(opens, view.intl, zone)}</time>`;
    return html`${msg(html`Opens on ${date} at ${time} your time`, { id: 'join.opensOn', desc: "Before the join window opens; the values are a date and a time in the visitor's zone" })}`;
  }

  private startsText(event: PlenaryEvent, view: View): string {
    const left = formatCountdown(countdown(event.start, view.now), view.intl);
    return msg(str`Starts ${left}`, { id: 'join.startsIn', desc: 'Countdown before the event; the value is like "in 2 days" or "in 5 minutes"' });
  }

  /** Wake at the next phase change, or when the countdown's number changes, whichever comes first. */
  protected override nextChange(event: PlenaryEvent, now: number): number | undefined {
    const phaseChange = nextPhaseChange(event, now);
    const start = event.start;
    if (now >= start || phaseChange === undefined) return phaseChange;
    return Math.min(phaseChange, countdown(start, now).changesAt);
  }
}

function announcementFor(phase: Phase): string {
  switch (phase) {
    case 'open':
      return msg('The meeting is open: you can join now.', { id: 'join.announce.open', desc: 'Announced to screen readers when the join window opens' });
    case 'live':
      return msg('The event has started.', { id: 'join.announce.live', desc: 'Announced to screen readers when the event starts' });
    case 'ended':
      return msg('The event has ended.', { id: 'join.announce.ended', desc: 'Announced to screen readers when the event ends' });
    default:
      return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-join': PlenaryJoinElement;
  }
}
