/**
 * The event's times as a person would write them into a note verbale, an
 * e-mail or a newsletter: the title, the date(s), one line per zone, and (for
 * the whole event) one line per session, in the element's language. Given
 * twice: plain text, and a small HTML table for mail clients.
 *
 * Loaded when a visitor presses a Copy button, never before.
 *
 * The words and clock are the locale's own, as the schedule shows them (24-hour
 * where the locale writes it: fr, es, ru, zh, en-GB; 12-hour in en-US, ko, ar).
 * A range of hours is the two times as the schedule writes them, joined by
 * the locale's range sign closed up, the day period said once when both share
 * it ("7:00–10:20 AM", "13:00–16:20", "오전 7:00~10:20"); a range past midnight
 * adds the date it ends on ("11:00 PM–2:20 AM (Oct 14)").
 * The narrow and thin spaces Intl puts in times become ordinary ones.
 *
 * In right-to-left locales each line begins with a right-to-left mark
 * (U+200F) and one follows every piece (place, times, zone): a plain-text
 * editor then lays the line out right to left, whatever script it begins with,
 * and a Latin zone name ("UTC+3") cannot draw the next numbers to its side.
 * Marks are used, not isolates, because every editor knows them.
 */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import type { LangText } from '../descriptor/text.js';
import { shown, type Shown } from '../i18n/content.js';
import { directionOf } from '../i18n/lang.js';
import { msg, str } from '../i18n/msg.js';
import { dayShiftLabel, formatDate, formatShortDate, formatTime, formatter, isoDate, rangeZoneLabel, rangeZoneNames } from '../time/format.js';
import { byLocalDay, dateTimeJoiner, formatDayHeading, formatMeetingDates, formatShortDateTime, rangeDash, rangeText, spansDays, type DailyHours, type DayRuns } from '../time/days.js';
import { dailyRows, dayGroupsIn, organisersDates, timesIn, zoneLabel, type ZoneTimes } from '../time/rows.js';
import { canonicalZone, zoneNamed, zonesOf } from '../time/zones.js';
import type { View } from '../elements/plenary-element.js';
import { dayGroupPieces, eachDayDates, semicolon } from '../elements/parts.js';

export interface CopyOptions {
  /** Space-separated IANA zones instead of the descriptor's `displayZones` (the schedule's `zones`). */
  readonly zones?: string;
  /** Add the programme: one line per session, its time in the organisers' zone. */
  readonly sessions?: boolean;
}

export interface CopiedText {
  readonly text: string;
  readonly html: string;
}

type LocaleView = Pick<View, 'lang' | 'locale' | 'intl'>;

const RLM = '\u200F';


/** The event as plain text and as HTML, in the view's language. */
export function copyText(event: PlenaryEvent, view: LocaleView, options: CopyOptions = {}): CopiedText {
  const rtl = directionOf(view.locale) === 'rtl';
  const line = (...pieces: string[]) => (rtl ? RLM + pieces.map((p) => p + RLM).join(' ') : pieces.join(' '));
  const title = shown(event.title, view.lang, view.locale);
  const multiDay = spansDays(event.start, event.end, event.timeZone);
  const zones = zoneRows(event, options.zones);
  // A meeting that keeps the same hours each day in every zone: each row the hours of one day, as the schedule shows it.
  const daily = multiDay ? dailyRows(zones, event) : undefined;
  // Else each row the hours of each group of days that keep the same hours in its zone, where it has such groups.
  const grouped = multiDay && !daily ? zones.map((row) => ({ ...row, groups: dayGroupsIn(row.times.zone, event) })) : undefined;
  const dates = plain(multiDay ? rangeText(organisersDates(event, view.intl, daily !== undefined || !!grouped?.some((row) => row.groups))) : formatDate(event.start, view.intl, event.timeZone));
  const date = daily ? plain(eachDayDates(dates)) : dates;
  const placeOf = (row: ZoneRow) => shown(row.label, view.lang, view.locale);
  // `when`: the row's lines, one for each group of days.
  const rows = daily
    ? daily.map((row) => ({ place: placeOf(row), when: [dailyRange(row.times, view.intl)], zone: rangeZoneLabel(event.start, event.end, view.intl, row.times.zone) }))
    : grouped
      ? grouped.map((row) =>
          row.groups
            ? { place: placeOf(row), when: row.groups.map((g) => groupRange(g, row.times.zone, view.intl)), zone: rangeZoneLabel(event.start, event.end, view.intl, row.times.zone) }
            : { place: placeOf(row), when: [daysRange(row.times, view.intl)], zone: rangeZoneNames(row.times.start, row.times.end, view.intl, row.times.zone).end },
        )
      : zones.map((row) => ({ place: placeOf(row), when: [hoursRange(row.times, view.intl)], zone: rangeZoneNames(row.times.start, row.times.end, view.intl, row.times.zone).end }));

  // A zone's groups of days on its one line, parted by semicolons: each zone keeps one line, its place first and its
  // zone's name last, as every other zone does; on lines of their own, the second group would stand without its place.
  const text = [line(title.text), line(date), ...rows.map((r) => line(r.place.text, r.when.join(semicolon()), r.zone))];
  const place = msg('Place', { id: 'fallback.place', desc: 'Column heading of the place names (cities) in the pre-rendered table of event times' });
  const time = msg('Time', { id: 'fallback.time', desc: 'Column heading of the start and end times in the pre-rendered table of event times' });
  const zone = msg('Time zone', { id: 'fallback.zone', desc: 'Column heading of the time zone abbreviations (EDT, UTC+12) in the pre-rendered table of event times' });
  let html =
    `<p><strong${attrs(title)}>${escape(title.text)}</strong><br>${escape(date)}</p>\n` +
    `<table>\n<thead><tr><th scope="col">${escape(place)}</th><th scope="col">${escape(time)}</th><th scope="col">${escape(zone)}</th></tr></thead>\n<tbody>\n` +
    rows.map((r) => `<tr><th scope="row"${attrs(r.place)}>${escape(r.place.text)}</th><td>${r.when.map(escape).join('<br>')}</td><td>${escape(r.zone)}</td></tr>\n`).join('') +
    `</tbody>\n</table>\n`;

  if (options.sessions && event.sessions.length > 0) {
    const heading = msg('Programme', { id: 'event.programme', desc: 'Heading of the sessions on the event page' });
    text.push('', line(heading));
    html += `<p><strong>${escape(heading)}</strong></p>\n`;
    const zoneId = event.timeZone;
    const days = multiDay ? byLocalDay(event.sessions, zoneId, event.start) : [{ first: event.start, sessions: [...event.sessions] }];
    for (const day of days) {
      if (multiDay) {
        const dayTitle = plain(formatDayHeading(day.first, view.intl, zoneId));
        text.push(line(dayTitle));
        html += `<p>${escape(dayTitle)}</p>\n`;
      }
      html += '<ul>\n';
      for (const session of day.sessions) {
        const name = shown(session.title, view.lang, view.locale);
        const times = session.start === undefined ? [] : sessionTimes(session.start, session.end, zoneId, view.intl);
        // Right to left, the mark after each piece, as `line` puts it.
        const mark = (piece: string) => (rtl ? piece + RLM : piece);
        text.push(times.length ? `${rtl ? RLM : ''}${sessionLine(times.map(mark).join(' '), mark(name.text))}` : line(name.text));
        html += `<li>${times.length ? sessionLine(escape(times.join(' ')), `<span${attrs(name)}>${escape(name.text)}</span>`) : `<span${attrs(name)}>${escape(name.text)}</span>`}</li>\n`;
      }
      html += '</ul>\n';
    }
  }
  return {
    text: text.join('\n') + '\n',
    html: `<div lang="${escape(view.intl)}" dir="${rtl ? 'rtl' : 'ltr'}">\n${html}</div>\n`,
  };
}

interface ZoneRow {
  readonly label: LangText;
  readonly times: ZoneTimes;
}

/** The schedule's zones (its `zones`, else the descriptor's), without the visitor's own. */
function zoneRows(event: PlenaryEvent, zones: string | undefined): ZoneRow[] {
  const rows: ZoneRow[] = [];
  const seen = new Set<string>();
  const add = (id: string, label: LangText) => {
    const key = canonicalZone(id);
    const times = seen.has(key) ? undefined : timesIn(id, event.start, event.end, event.timeZone);
    if (!times) return;
    seen.add(key);
    rows.push({ label, times });
  };
  const requested = zonesOf(zones).filter((z) => zoneNamed(z));
  if (requested.length) for (const id of requested) add(id, zoneLabel(event, id));
  else for (const z of event.displayZones) add(z.zone, z.label);
  return rows;
}

/**
 * "7:00–10:20 AM", "Wed, Oct 14, 8:00–11:20 AM", "11:00 PM–2:20 AM (Oct 14)":
 * each time as the schedule writes it, the day period said once when both
 * share it (as the locale's range pattern does: "오전 7:00~10:20", "7:00–10:20 ص").
 */
function hoursRange(times: ZoneTimes, locale: string): string {
  const { start, end, zone } = times;
  let range = timeSpan(start, end, zone, locale);
  if (isoDate(start, zone) !== isoDate(end, zone)) range = endsOnDate(range, plain(formatter(locale, zone, 'dayMonthShort').format(end)));
  return times.startShift === 0 ? range : `${plain(formatShortDate(start, locale, zone))}${dateJoiner(locale)}${range}`;
}

/**
 * The hours of each day of a meeting: "9:30 AM–5:00 PM", "5:30 PM–1:00 AM (+1)"
 * (the end on the next date), after the dates the days begin on when those are
 * not the organizers' ("Mar 14 – 16, 10:30 PM–6:00 AM (+1)").
 */
function dailyRange(times: ZoneTimes & { readonly runs: DayRuns }, locale: string): string {
  let range = timeSpan(times.start, times.end, times.zone, locale);
  if (times.endShift !== 0) range = endsOnDay(range, dayShiftLabel(times.endShift, locale));
  if (times.startShift === 0) return range;
  return `${plain(formatMeetingDates(times.runs, locale, times.zone, true))}${dateJoiner(locale)}${range}`;
}

/**
 * "11:00 PM–2:20 AM (Oct 14)": a range of hours past midnight, then the date it
 * ends on, in the language's brackets ("23:00–2:20（10月14日）" in Chinese).
 */
function endsOnDate(hours: string, date: string): string {
  return msg(str`${hours} (${date})`, {
    id: 'copy.endDate',
    desc: 'Copied text: a range of hours that runs past midnight, then the date it ends on in brackets; the values are like "11:00 PM–2:20 AM" and "Oct 14". Include the space before the brackets, if the language puts one.',
  });
}

/**
 * "5:30 PM–1:00 AM (+1)": one day's hours of a meeting, the end on the next
 * date, in the language's brackets ("17:30–1:00（+1）" in Chinese).
 */
function endsOnDay(hours: string, shift: string): string {
  return msg(str`${hours} (${shift})`, {
    id: 'copy.endShift',
    desc: 'Copied text: the hours of one day of a meeting whose end falls on the next date, then "+1" in brackets; the values are like "5:30 PM–1:00 AM" and "+1". Include the space before the brackets, if the language puts one.',
  });
}

/** "9:30 AM–12:30 PM UTC+1 · Opening plenary": a session of the programme copied, its times then its title. */
function sessionLine(times: string, title: string): string {
  return msg(str`${times} · ${title}`, {
    id: 'copy.session',
    desc: 'Copied text: one session of the programme on one line; the values are its times with the zone, like "9:30 AM–12:30 PM UTC+1", and its title',
  });
}

/** Two times as the schedule writes them, the day period said once when both share it. */
function timeSpan(start: number, end: number, zone: string, locale: string): string {
  const time = formatter(locale, zone, 'time');
  let from = time.formatToParts(start);
  let to = time.formatToParts(end);
  const period = (parts: Intl.DateTimeFormatPart[]) => parts.find((p) => p.type === 'dayPeriod')?.value;
  if (period(from) !== undefined && period(from) === period(to)) {
    const periodFirst = from.findIndex((p) => p.type === 'dayPeriod') < from.findIndex((p) => p.type === 'hour');
    if (periodFirst) to = withoutPeriod(to);
    else from = withoutPeriod(from);
  }
  const text = (parts: Intl.DateTimeFormatPart[]) => plain(parts.map((p) => p.value).join(''));
  // The clocks change within the range: the start's zone written after it ("1:30 AM UTC+1 – 3:30 AM"), the end's after the range.
  const startZone = rangeZoneNames(start, end, locale, zone).start;
  return startZone ? `${plain(time.format(start))} ${startZone} ${rangeDash(locale)} ${plain(time.format(end))}` : `${text(from)}${rangeDash(locale)}${text(to)}`;
}

/** A time's parts without its day period and the space beside it. */
function withoutPeriod(parts: Intl.DateTimeFormatPart[]): Intl.DateTimeFormatPart[] {
  const i = parts.findIndex((p) => p.type === 'dayPeriod');
  const beside = parts[i + 1]?.type === 'literal' ? i + 1 : parts[i - 1]?.type === 'literal' ? i - 1 : i;
  return parts.filter((_, j) => j !== i && j !== beside);
}

/**
 * The text of a group of days that keep the same hours in `zone`, as the
 * schedule shows it: "Fri, Mar 12, 3:30–11:00 AM", "Mon, Mar 15 – Tue, Mar 16,
 * 5:30 PM–1:00 AM (+1) each day".
 */
function groupRange(group: DailyHours, zone: string, locale: string): string {
  const hours = timeSpan(group.start, group.end, zone, locale);
  return dayGroupPieces(group, zone, locale, true, hours)
    .map((piece) => plain(typeof piece === 'string' ? piece : 'dates' in piece ? piece.dates : piece.shift === 0 ? piece.hours : endsOnDay(piece.hours, dayShiftLabel(piece.shift, locale))))
    .join('');
}

/** An event of several days: "Mon, Mar 15, 9:30 AM – Wed, Mar 17, 5:00 PM", as the schedule writes it. */
function daysRange(times: ZoneTimes, locale: string): string {
  const startZone = rangeZoneNames(times.start, times.end, locale, times.zone).start;
  // The end without its date where it is the start's there ("Fri, Jun 11, 9:15 AM – 10:45 AM"), as the schedule writes it.
  const end = isoDate(times.end, times.zone) === isoDate(times.start, times.zone) ? formatTime(times.end, locale, times.zone) : formatShortDateTime(times.end, locale, times.zone);
  return `${plain(formatShortDateTime(times.start, locale, times.zone))}${startZone ? ` ${startZone}` : ''} ${rangeDash(locale)} ${plain(end)}`;
}

/** A session: its hours and the organisers' zone. */
function sessionTimes(start: number, end: number | undefined, zone: string, locale: string): string[] {
  const abbreviation = rangeZoneNames(start, end, locale, zone).end;
  if (end === undefined || end <= start) return [plain(formatTime(start, locale, zone)), abbreviation];
  return [hoursRange({ zone, start, end, startShift: 0, endShift: 0 }, locale), abbreviation];
}

/** What the locale writes between a short date and a time: ", " in English, a space in Chinese and Korean ("10월 14일 (수) 오전 10:00", not "(수))"). */
function dateJoiner(locale: string): string {
  return plain(dateTimeJoiner(locale, true));
}

/** Ordinary spaces for the narrow, thin and no-break spaces Intl writes. */
function plain(text: string): string {
  return text.replace(/[\u00A0\u2009\u202F]/g, ' ');
}

function attrs(value: Shown): string {
  return `${value.lang ? ` lang="${escape(value.lang)}"` : ''}${value.dir ? ` dir="${value.dir}"` : ''}`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
