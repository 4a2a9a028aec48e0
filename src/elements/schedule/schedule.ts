import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlenaryEvent } from '../../descriptor/resolve.js';
import { LangText } from '../../descriptor/text.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { noticeTimes } from '../moments.js';
import { dailyRows, dayGroupsIn, organisersDates, timesIn, zoneLabel, type ZoneTimes } from '../../time/rows.js';
import { canonicalZone, zoneCityText, zoneNamed, zonesOf } from '../../time/zones.js';
import { formatDate, formatShortDate, formatTime, formatter, isoDate, machineTime, rangeZoneLabel, rangeZoneNames, zoneAbbreviation, zoneGenericName } from '../../time/format.js';
import { formatShortDateTime, meetingDatesPieces, rangeText, spansDays, type DailyHours, type DayRuns } from '../../time/days.js';
import { msg, placeInto, str } from '../../i18n/msg.js';
import { dayGroupLines, dayMark, eachDayDates, rangeSign, spokenRange, statusWords } from '../parts.js';
import { clockChanges, oneZoneEachClock, unusualGaps } from '../../time/clock-changes.js';
import { CopyController, copiedText } from '../../copy/copy-button.js';
import { copyStyles } from '../../copy/copy.styles.js';
import { scheduleStyles } from './schedule.styles.js';

interface Row {
  readonly id: string;
  readonly label: LangText;
  readonly times: ZoneTimes;
  readonly visitor: boolean;
}

/**
 * The event's start and end in each display zone: place, local date where it
 * differs from the organisers', times, zone abbreviation or UTC offset, and a
 * mark (+1) on an end that falls on a later date than its start. The
 * visitor's own zone is marked "your time", and
 * added when it is not listed.
 *
 * @tagname plenary-schedule
 * @summary When the event happens in each time zone, the visitor's own marked.
 * @csspart date - The organisers' date, above the rows.
 * @csspart rows - The list of zones.
 * @csspart row - One zone.
 * @csspart place - The zone's place name.
 * @csspart times - Start and end times.
 * @csspart badge - The "your time" mark.
 * @csspart copy - The row of the Copy button and its confirmation.
 * @csspart copy-button - The button that copies the times as text.
 * @csspart copy-status - "Copied", or what to do when the browser did not allow copying.
 * @csspart copy-box - The text to copy, selected, shown when the browser did not allow copying.
 * @cssprop --plenary-accent - Colour of the "your time" mark and row.
 */
export class PlenaryScheduleElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, scheduleStyles, copyStyles];

  /** Space-separated IANA zones shown instead of the descriptor's `displayZones`. */
  @property() zones?: string;

  /** Leaves out the Copy button (the event page has one of its own, which copies the programme too). */
  @property({ type: Boolean, attribute: 'no-copy' }) noCopy = false;

  private readonly copy = new CopyController(this);

  /**
   * A cancelled or postponed event's times will not come: shown alone (a page's
   * "Time zones" column), the schedule says so above them. On the event page,
   * where the card and its join action already say it, it does not again.
   */
  private renderStatus(view: View): TemplateResult | typeof nothing {
    if (view.phase !== 'cancelled' && view.phase !== 'postponed') return nothing;
    const root = this.getRootNode();
    if (root instanceof ShadowRoot && root.host.localName === 'plenary-event') return nothing;
    return html`<p class="notice" part="notice">${statusWords(view.phase)}</p>`;
  }

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult {
    // Shown alone, a cancellation or new times reach the page's live region from here.
    noticeTimes(this, event, view);
    const rows = this.rows(event, view);
    // An event of several days (for the organisers) gives its dates; each row the hours of one day when the
    // meeting keeps the same hours each day in every zone shown. Else each row a line for each group of days
    // that keep the same hours in its zone, or, where there are no such groups, its start and end with their dates.
    const multiDay = spansDays(event.start, event.end, event.timeZone);
    const daily = multiDay ? dailyRows(rows, event) : undefined;
    const grouped = multiDay && !daily ? rows.map((row) => ({ row, groups: dayGroupsIn(row.times.zone, event) })) : undefined;
    // The dates' range in pieces, so that the sign between them is read as "to".
    const organisersRange = multiDay
      ? organisersDates(event, view.intl, daily !== undefined || !!grouped?.some((g) => g.groups))
      : [formatDate(event.start, view.intl, event.timeZone)];
    const organisersDate = rangeText(organisersRange);
    const date = html`<time datetime=${isoDate(event.start, event.timeZone)}>${spokenRange(organisersRange)}</time>`;
    return html`
      ${this.renderStatus(view)}
      <p class="date" part="date">${daily ? placeInto(eachDayDates(organisersDate), [[organisersDate, date]]) : date}</p>
      <ul class="rows" part="rows" aria-label=${msg('Times in other time zones', { id: 'schedule.label', desc: 'Accessible name of the list of the event times in several time zones' })}>
        ${daily
          ? daily.map((row) => this.renderRow(row, view, row.times.runs, rangeZoneLabel(event.start, event.end, view.intl, row.times.zone)))
          : grouped
            ? grouped.map(({ row, groups }) => (groups ? this.renderGroupsRow(row, groups, event, view) : this.renderDaysRow(row, view)))
            : rows.map((row) => this.renderRow(row, view))}
      </ul>
      ${clockNotes(event, rows, view).map((note) => html`<p class="clock-note" part="clock-note">${note}</p>`)}
      ${this.noCopy
        ? nothing
        : this.copy.render(msg('Copy times', { id: 'copy.times', desc: 'Button that copies the event times in each time zone as text, to paste into an e-mail or a note' }), () =>
            copiedText(event, view, { zones: this.zones }),
          )}
    `;
  }

  /**
   * A row of one day's times: its date where that is not the organizers', its
   * end marked when on a later date than its start. `runs`: the row is the
   * hours of each day of a meeting, its days opening then; where its days
   * begin on other dates than the organizers', the row gives those dates.
   */
  private renderRow(row: Row, view: View, runs?: DayRuns, zoneName?: string): TemplateResult {
    const { times } = row;
    const showDate = times.startShift !== 0;
    return html`
      <li class="row ${row.visitor ? 'visitor' : ''}" part="row">
        ${this.renderPlace(row, view)}
        <span class="when">
          ${showDate
            ? html`<time class="local-date" datetime=${isoDate(times.start, times.zone)}
                >${runs === undefined ? formatShortDate(times.start, view.intl, times.zone) : spokenRange(meetingDatesPieces(runs, view.intl, times.zone, true))}</time
              >`
            : nothing}
          <span class="times" part="times">
            ${this.renderTime(times.start, times, 0, view)}${this.startZone(times, view)}${rangeSign()}${this.renderTime(times.end, times, times.endShift, view)}
          </span>
          <span class="zone">${zoneName ?? rangeZoneNames(times.start, times.end, view.intl, times.zone).end}</span>
        </span>
      </li>
    `;
  }

  /**
   * A row of an event of several days: start and end, each with its date (no
   * mark: the dates say it); the end without one when it is on the start's date
   * there (an evening webinar that runs past the organizers' midnight is one
   * afternoon in Kathmandu: "Fri, Jun 11, 9:15 AM – 10:45 AM", not the date twice).
   */
  private renderDaysRow(row: Row, view: View): TemplateResult {
    const { times } = row;
    const oneDate = isoDate(times.start, times.zone) === isoDate(times.end, times.zone);
    return html`
      <li class="row days ${row.visitor ? 'visitor' : ''}" part="row">
        ${this.renderPlace(row, view)}
        <span class="when">
          <span class="times dated" part="times">
            ${this.renderTime(times.start, times, 0, view, true)}${this.startZone(times, view)}${rangeSign()}${this.renderTime(times.end, times, 0, view, !oneDate)}
          </span>
          <span class="zone">${rangeZoneNames(times.start, times.end, view.intl, times.zone).end}</span>
        </span>
      </li>
    `;
  }

  /**
   * A row of a meeting that keeps the same hours on some of its days only, in
   * this zone or another: a line for each group of days that keep the same
   * hours here, its dates (short) then one day's hours, the end marked when it
   * falls on the next date; the zone's name once, after the lines.
   */
  private renderGroupsRow(row: Row, groups: readonly DailyHours[], event: PlenaryEvent, view: View): TemplateResult {
    const { zone } = row.times;
    return html`
      <li class="row days ${row.visitor ? 'visitor' : ''}" part="row">
        ${this.renderPlace(row, view)}
        <span class="when">
          <span class="day-groups" part="times">${dayGroupLines(groups, zone, view.intl, true)}</span>
          <span class="zone">${rangeZoneLabel(event.start, event.end, view.intl, zone)}</span>
        </span>
      </li>
    `;
  }

  /** The row's place, and the "your time" mark on the visitor's own. */
  private renderPlace(row: Row, view: View): TemplateResult {
    const place = this.text(row.label, view);
    return html`<span class="place" part="place" lang=${ifDefined(place.lang)} dir=${ifDefined(place.dir)}>${place.text}</span>
      ${row.visitor
        ? html`<span class="badge" part="badge">${msg('your time', { id: 'schedule.yourTime', desc: "Mark on the schedule row of the visitor's own time zone" })}</span>`
        : nothing}`;
  }

  /** The zone's name after the start time too, when the clocks change before the end. */
  private startZone(times: ZoneTimes, view: View): TemplateResult | typeof nothing {
    const { start } = rangeZoneNames(times.start, times.end, view.intl, times.zone);
    return start ? html` <span class="zone">${start}</span>` : nothing;
  }

  private renderTime(ms: number, times: ZoneTimes, shift: number, view: View, withDate = false): TemplateResult {
    const text = withDate ? formatShortDateTime(ms, view.intl, times.zone) : formatTime(ms, view.intl, times.zone);
    return html`<time datetime=${machineTime(ms, times.zone)}>${text}</time>${dayMark(shift, view.intl)}`;
  }

  /** The rows: `zones`, else the descriptor's, then the visitor's zone when not among them. */
  private rows(event: PlenaryEvent, view: View): Row[] {
    const rows: Row[] = [];
    const seen = new Set<string>();
    const add = (id: string, label: LangText, visitor = false) => {
      const key = canonicalZone(id);
      if (seen.has(key)) return;
      const times = timesIn(id, event.start, event.end, event.timeZone);
      if (!times) return;
      seen.add(key);
      rows.push({ id, label, times, visitor });
    };
    const requested = zonesOf(this.zones);
    if (requested.length) {
      for (const id of requested) {
        if (zoneNamed(id)) add(id, zoneLabel(event, id));
        else warnOnce(`zones: "${id}" is not a known time zone; it is left out.`);
      }
    } else {
      for (const z of event.displayZones) add(z.zone, z.label);
    }
    const visitorKey = canonicalZone(view.zone);
    const mine = rows.findIndex((r) => canonicalZone(r.id) === visitorKey);
    if (mine >= 0) rows[mine] = { ...rows[mine]!, visitor: true };
    else add(view.zone, visitorZoneLabel(view, event), true);
    return rows;
  }
}

/**
 * The name of the visitor's own row when no descriptor names it: the zone's city
 * in English, else the zone's generic name in the visitor's language ("heure
 * normale de la Corée", "توقيت كوريا الرسمي"), which Intl translates and an
 * English city name is not; the city when Intl has only an offset to give.
 */
function visitorZoneLabel(view: View, event: PlenaryEvent): LangText {
  const name = view.locale === 'en' ? undefined : zoneGenericName(event.start, view.intl, view.zone);
  if (name) return new LangText([[view.lang, name]], view.lang);
  return zoneCityText(view.zone);
}

/**
 * One line for each clock change that makes the times easy to get wrong: a
 * change in a row's zone between now and the event (times written today, in
 * today's offset, would be wrong), one during the event, and two rows' zones an
 * unusual distance apart for the event's weeks. Rows that keep the same clock
 * (Zurich and Rome) are said once, by the organisers' row, else the first: the
 * others would only repeat it. Nothing for an event cancelled or postponed, whose
 * times will not come.
 */
function clockNotes(event: PlenaryEvent, rows: readonly Row[], view: View): string[] {
  if (view.phase === 'cancelled' || view.phase === 'postponed') return [];
  const organisers = canonicalZone(event.timeZone);
  const shown = rows.map((r) => r.times.zone);
  const kept = oneZoneEachClock([...shown.filter((z) => canonicalZone(z) === organisers), ...shown], event.start, event.end, view.now);
  const zones = shown.filter((z) => kept.includes(z));
  const place = (zone: string) => rows.find((r) => r.times.zone === zone)!.label.in(view.lang);
  const day = (ms: number, zone: string) => formatter(view.intl, zone, 'dayMonth').format(ms);
  const hours = (minutes: number) => durations(view.intl).hours.format(minutes / 60);
  const changes = clockChanges(zones, event.start, event.end, view.now);
  const notes = changes.map((c) => {
    const city = place(c.zone);
    const date = day(c.at, c.zone);
    if (c.when === 'before') {
      const time = formatTime(event.start, view.intl, c.zone);
      return msg(str`Clocks in ${city} change on ${date}; from then the meeting starts at ${time} there.`, {
        id: 'schedule.clocksChangeBefore',
        desc: 'Under the schedule: a zone changes its clocks between today and the event. city: a place of the schedule; date: day and month; time: when the event starts there',
      });
    }
    const zone = zoneAbbreviation(c.at, view.intl, c.zone);
    return msg(str`Clocks in ${city} change on ${date}, during the meeting; from then the times there are ${zone}.`, {
      id: 'schedule.clocksChangeDuring',
      desc: 'Under the schedule: a zone changes its clocks during the event. zone: the abbreviation or UTC offset from then on, as in the schedule rows',
    });
  });
  for (const gap of unusualGaps(zones, event.start)) {
    const behind = place(gap.behind);
    const ahead = place(gap.ahead);
    const distance = hours(gap.minutes);
    const usual = durations(view.intl).or.format(gap.usual.map(hours));
    // One of the two changes its clocks during the meeting: the distance holds until then only.
    const until = changes.find((c) => c.when === 'during' && (c.zone === gap.behind || c.zone === gap.ahead));
    if (until) {
      const date = day(until.at, until.zone);
      notes.push(
        msg(str`Until ${date}, ${behind} is ${distance} behind ${ahead}, not the usual ${usual}.`, {
          id: 'schedule.unusualGapUntil',
          desc: 'Under the schedule: a meeting that begins in the weeks between two zones\' clock changes, and during which one of them changes its clocks. date: day and month of that change; distance and usual: durations such as "5 hours"',
        }),
      );
      continue;
    }
    notes.push(
      msg(str`During the meeting, ${behind} is ${distance} behind ${ahead}, not the usual ${usual}.`, {
        id: 'schedule.unusualGap',
        desc: 'Under the schedule: in the weeks between two zones\' clock changes. distance and usual: durations such as "5 hours"; usual may be "14 hours or 16 hours"',
      }),
    );
  }
  // A change during the meeting can also begin such weeks: Geneva's clocks go back on the last Sunday of
  // October, New York's a week later, so a meeting across the first sees New York 5 hours behind Geneva from
  // then, not 6. Said from that date, as the rows' times after it already are.
  for (const change of changes) {
    if (change.when !== 'during') continue;
    for (const gap of unusualGaps(zones, change.at)) {
      // Begun by this change: one of the two is the zone that changes (the distances of others hold from the start).
      if (gap.behind !== change.zone && gap.ahead !== change.zone) continue;
      // The other zone changes too before the end (a meeting of weeks): "from" would say it holds to the end.
      if (changes.some((c) => c !== change && c.when === 'during' && c.at > change.at && (c.zone === gap.behind || c.zone === gap.ahead))) continue;
      const behind = place(gap.behind);
      const ahead = place(gap.ahead);
      const distance = hours(gap.minutes);
      const usual = durations(view.intl).or.format(gap.usual.map(hours));
      const date = day(change.at, change.zone);
      notes.push(
        msg(str`From ${date}, ${behind} is ${distance} behind ${ahead}, not the usual ${usual}.`, {
          id: 'schedule.unusualGapFrom',
          desc: 'Under the schedule: during the meeting one of two zones changes its clocks, and from then until the other changes too they are an unusual distance apart. date: day and month of that change; distance and usual: durations such as "5 hours"',
        }),
      );
    }
  }
  return notes;
}

const durationFormats = new Map<string, { hours: Intl.NumberFormat; or: Intl.ListFormat }>();

/** "5 hours", and "14 hours or 16 hours", in `locale`: built once per locale. */
function durations(locale: string): { hours: Intl.NumberFormat; or: Intl.ListFormat } {
  let f = durationFormats.get(locale);
  if (!f) {
    f = {
      hours: new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 2 }),
      or: new Intl.ListFormat(locale, { type: 'disjunction' }),
    };
    durationFormats.set(locale, f);
  }
  return f;
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`Plenary: plenary-schedule ${message}`);
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-schedule': PlenaryScheduleElement;
  }
}
