/**
 * Pieces more than one element shows: a document link with its format and
 * language, a person with title and organisation, a text that may carry its own
 * language, paragraphs.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EventDocument, Person } from '../descriptor/resolve.js';
import type { AttendanceMode, LinkKind } from '../descriptor/types.js';
import type { LangText } from '../descriptor/text.js';
import { shown, paragraphs } from '../i18n/content.js';
import type { View } from './plenary-element.js';
import { msg, placeInto, str } from '../i18n/msg.js';
import { dayShift, dayShiftLabel, formatDate, formatShortDate, localDigits, machineTime } from '../time/format.js';
import { dailyHoursPieces, dateTimeJoiner, formatDailyHours, meetingDatesPieces, rangeText, type DailyHours, type RangePiece } from '../time/days.js';

/** A descriptor text in an element of its own when its language differs from the UI's. */
export function textOf(value: LangText | undefined, view: View): TemplateResult | typeof nothing {
  if (!value) return nothing;
  const s = shown(value, view.lang, view.locale);
  return s.lang ? html`<span lang=${s.lang} dir=${ifDefined(s.dir)}>${s.text}</span>` : html`${s.text}`;
}

/** Paragraphs of a long text, each a `<p>`, carrying the text's language when it differs. */
export function paragraphsOf(value: LangText, view: View, from = 0, to?: number): TemplateResult {
  const s = shown(value, view.lang, view.locale);
  return html`${paragraphs(s.text)
    .slice(from, to)
    .map((p) => html`<p lang=${ifDefined(s.lang)} dir=${ifDefined(s.dir)}>${p}</p>`)}`;
}

/**
 * How long (ms) something a visitor asked for (a calendar file, the text to
 * copy) may take before they are told it is on its way: sooner, nothing is
 * said, so that nothing flashes on screen or in a screen reader.
 */
export const SLOW = 500;

const languageNames = new Map<string, Intl.DisplayNames | null>();

/** "English", "français", "한국어" for a language tag, in the UI's language. */
export function languageName(tag: string, locale: string): string {
  let names = languageNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      names = null;
    }
    languageNames.set(locale, names);
  }
  try {
    return names?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The end of a sentence said to screen readers only, where the page shows a
 * " · " they skip: "…your time. Starts in 3 days", not "…your timeStarts in 3 days";
 * "。" in Chinese, which carries its own space.
 */
export const fullStop = (): string =>
  msg('. ', { id: 'list.fullStop', desc: 'Read by screen readers only, between two sentences that the page separates with " · ". Include the space after it, if the language puts one.' });

/**
 * What separates a label from what it labels, where the two are in different
 * elements (a link's words, then the session's title said to screen readers
 * only): ": " in English, " : " (no-break space before) in French, "：" in Chinese.
 */
/** What an event that will not take place at its times says of itself, in the join action, the live region and a schedule shown alone. */
export function statusWords(status: 'cancelled' | 'postponed'): string {
  return status === 'cancelled'
    ? msg('This event has been cancelled.', { id: 'join.cancelled', desc: 'Shown instead of the join link when the event is cancelled' })
    : msg('This event has been postponed. A new date will be announced.', { id: 'join.postponed', desc: 'Shown instead of the join link when the event is postponed' });
}

export const colon = (): string =>
  msg(': ', { id: 'list.colon', desc: 'Separator between a label and what it labels, as in "Join: Opening session". Include the spaces around it that the language puts.' });

/**
 * The space after a label or a sentence before what follows it: none after
 * full-width punctuation ("电子邮件：", "。"), which carries its own space.
 */
export const spaceAfter = (text: string): string => (/[\u3000-\u303f\uff00-\uffef]$/.test(text) ? '' : ' ');

/** "Day 2 · Tuesday, March 16": the heading of one day of a meeting, in the programme and its pre-rendered copy; the number in `locale`'s digits, as the date's. */
export function dayHeading(day: number, date: string, locale: string): string {
  const n = localDigits(String(day), locale);
  return msg(str`Day ${n} · ${date}`, { id: 'agenda.day', desc: 'Heading of one day of a meeting of several days; the values are the day number and the date, like "Tuesday, March 16"' });
}

/**
 * What separates the parts of one line ("Name, Title, Organization"; "PDF,
 * English"): ", " in most languages, "، " in Arabic, "，" in Chinese.
 */
export const comma = (): string =>
  msg(', ', { id: 'list.comma', desc: 'Separator between the parts of one line: a name, a title and an organization; a file format and a language. Include the space after it, if the language puts one.' });

/**
 * What separates lines written on one line of plain text, each already holding
 * commas ("Fri, Mar 12, 3:30–11:00 AM; Mon, Mar 15 – Tue, Mar 16, …"): "; ",
 * "؛ " in Arabic, "；" in Chinese.
 */
export const semicolon = (): string =>
  msg('; ', {
    id: 'list.semicolon',
    desc: 'Separator between two lines written on one line of plain text, each holding commas: the hours of two groups of days, like "Fri, Mar 12, 3:30–11:00 AM; Mon, Mar 15 – Tue, Mar 16, 4:30 AM–12:00 PM each day". Include the space after it, if the language puts one.',
  });

/**
 * " (PDF, English)" after a document's title: its format and language, in the
 * language's brackets, with the space before them that it puts ("（PDF，英语）",
 * full-width and closed up, in Chinese).
 */
export function documentDetails(doc: EventDocument, locale: string): string | undefined {
  const meta = [doc.format, doc.language ? languageName(doc.language, locale) : undefined].filter((m): m is string => !!m);
  if (meta.length === 0) return undefined;
  const details = meta.join(comma());
  return msg(str` (${details})`, {
    id: 'documents.details',
    desc: 'After the title of a document: its file format and its language in brackets, like " (PDF, English)"; the value is the two, already separated. Include the space before the brackets, if the language puts one.',
  });
}

/** A document as a link, with "(PDF, English)" after it and its description under it. */
export function documentItem(doc: EventDocument, view: View): TemplateResult {
  const details = documentDetails(doc, view.intl);
  // The space before the brackets, if any, at the size of the title's text, as between two words of it.
  const space = details ? /^\s*/.exec(details)![0] : '';
  return html`<li class="doc">
    ${doc.url ? html`<a href=${doc.url} hreflang=${ifDefined(doc.language)}>${textOf(doc.title, view)}</a>` : textOf(doc.title, view)}${details
      ? html`${space}<span class="meta">${details.slice(space.length)}</span>`
      : nothing}
    ${doc.description ? html`<p class="doc-description">${textOf(doc.description, view)}</p>` : nothing}
  </li>`;
}

/** "Name, Title, Organisation", the name linked when the person has a page. */
export function personItem(person: Person, view: View): TemplateResult {
  const name = textOf(person.name, view);
  return html`<li class="person">
    <span class="name">${person.url ? html`<a href=${person.url}>${name}</a>` : name}</span>${person.title
      ? html`${comma()}<span class="role">${textOf(person.title, view)}</span>`
      : nothing}${person.organization ? html`${comma()}<span class="org">${textOf(person.organization, view)}</span>` : nothing}
  </li>`;
}

/**
 * A link that opens a new tab, and says so: an icon, and its words for screen
 * readers. `about`, when given, is heard after the name and not seen (": Closing"):
 * a list of links read out of context ("Google Calendar: Closing") then tells
 * apart links whose visible names are the same.
 */
export function newTab(href: string, name: string, about?: unknown): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener"
    >${name}${about === undefined ? nothing : html`<span class="visually-hidden">${about}</span>`}<svg class="new-tab" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">${NEW_TAB_ICON}</svg
    ><span class="visually-hidden"> ${msg('(opens in a new tab)', { id: 'calendar.newTab', desc: 'Read by screen readers after a link that opens in a new browser tab' })}</span></a
  >`;
}

/**
 * The sign between a start and an end (" – "), which screen readers often skip:
 * for them, "to" in its place. A sign that is a word ("至" between two Chinese
 * dates) is read as it is.
 */
export function rangeSign(sign = ' – '): TemplateResult {
  if (/\p{L}/u.test(sign)) return html`${sign}`;
  return html`<span aria-hidden="true">${sign}</span><span class="visually-hidden">
      ${msg('to', { id: 'schedule.to', desc: 'Read by screen readers between the two ends of a range shown with a dash: two times (9:00 – 17:00), or two dates (Monday, March 15 – Wednesday, March 17)' })}
    </span>`;
}

/** A range written in pieces ("Monday, March 15 – Wednesday, March 17, 2027"), each sign read as "to" (`rangeSign`). */
export function spokenRange(pieces: readonly RangePiece[]): TemplateResult {
  return html`${pieces.map((p) => (typeof p === 'string' ? p : rangeSign(p.sign)))}`;
}

/** The name of Google's calendar service on the links that add the event to it, as Google writes it in the UI's language. */
export function googleCalendarName(): string {
  return msg('Google Calendar', {
    id: 'calendar.google',
    desc: "Link that adds the event to Google's calendar service: the service's name, as Google writes it in this language",
  });
}

const NEW_TAB_ICON = svg`<path d="M7 1h4v4M11 1 5.5 6.5M9 7.5V11H1V3h3.5" fill="none" stroke="currentColor" stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round" />`;

/** The words of a link that has no label of its own, by its kind. */
export function linkLabel(kind: LinkKind): string {
  switch (kind) {
    case 'discussion':
      return msg('Discussion board', { id: 'documents.link.discussion', desc: 'Default text of a link to the discussion board' });
    case 'recording':
      return msg('Watch the recording', { id: 'join.recording', desc: 'Link to the recording after the event has ended' });
    case 'registration':
      return msg('Register', { id: 'documents.link.registration', desc: 'Default text of a link to the registration form' });
    case 'website':
      return msg('Event website', { id: 'documents.link.website', desc: 'Default text of a link to the event website' });
    case 'facebook':
      return 'Facebook';
    case 'x':
      return 'X';
    case 'youtube':
      return 'YouTube';
    case 'blog':
      return msg('Blog', { id: 'documents.link.blog', desc: 'Default text of a link to a blog' });
    case 'rss':
      return 'RSS';
    default:
      return msg('Link', { id: 'documents.link.other', desc: 'Default text of a link of another kind' });
  }
}

/** "Monday, March 15 – Tuesday, March 16, 2027, 9:30 AM – 5:00 PM each day": an event of several days that keeps the same hours every day. */
export function eachDayLine(dates: string, hours: string): string {
  return msg(str`${dates}, ${hours} each day`, {
    id: 'card.eachDay',
    desc: 'Dates of an event of several days, then the hours it keeps every day; the values are like "Monday, March 15 – Tuesday, March 16, 2027" and "9:30 AM – 5:00 PM"',
  });
}

/**
 * One piece of the line of a group of days that keep the same hours: words, the
 * dates the days begin on (`at`: the first day's opening), or one day's hours
 * with the days between their start and their end (`shift`: 1 for an end on
 * the next date).
 */
export type DayGroupPiece = string | { readonly dates: string; readonly range: readonly RangePiece[]; readonly at: number } | { readonly hours: string; readonly shift: number };

/**
 * The line of a group of days that keep the same hours in `zone`, in pieces
 * each place writes its own way (the elements, the pre-rendered fallback, the
 * text copied): "Friday, March 12, 2027, 3:30 – 11:00 AM" for one day,
 * "Monday, March 15 – Tuesday, March 16, 2027, 4:30 AM – 12:00 PM each day"
 * for several. `short`: the dates as short dates ("Mon, Mar 15"); `hours`:
 * the hours as the caller writes them.
 */
export function dayGroupPieces(group: DailyHours, zone: string, locale: string, short = false, hours = formatDailyHours(group.start, group.end, locale, zone)): DayGroupPiece[] {
  const times = { hours, shift: dayShift(group.end, zone, group.start, zone) };
  const [first, last] = group.runs[0]!;
  if (group.runs.length === 1 && first === last) {
    const date = short ? formatShortDate(first, locale, zone) : formatDate(first, locale, zone);
    return [{ dates: date, range: [date], at: first }, dateTimeJoiner(locale, short), times];
  }
  const range = meetingDatesPieces(group.runs, locale, zone, short);
  const dates = rangeText(range);
  return placeInto<DayGroupPiece>(eachDayLine(dates, hours), [
    [dates, { dates, range, at: group.start }],
    [hours, times],
  ]);
}

/**
 * The lines of the groups of days of a meeting that keep the same hours in
 * `zone` (`dailyGroups`), each group a line of its own (`.day-group`) when
 * there are several: its dates, in a `<time>`, then one day's hours, the end
 * marked when it falls on the next date, the sign between start and end of
 * the dates and of the hours read as "to"; each time in a `.hour`, which a
 * narrow column keeps whole when the hours wrap after their dash.
 */
export function dayGroupLines(groups: readonly DailyHours[], zone: string, locale: string, short = false): TemplateResult {
  const hours = (group: DailyHours) =>
    dailyHoursPieces(group.start, group.end, locale, zone).map((p) => (typeof p === 'string' ? html`<span class="hour">${p}</span>` : rangeSign(p.sign)));
  const line = (group: DailyHours) =>
    dayGroupPieces(group, zone, locale, short).map((piece) =>
      typeof piece === 'string'
        ? piece
        : 'dates' in piece
          ? html`<time datetime=${machineTime(piece.at, zone)}>${spokenRange(piece.range)}</time>`
          : html`<span class="times">${hours(group)}${dayMark(piece.shift, locale)}</span>`,
    );
  return html`${groups.length === 1 ? line(groups[0]!) : groups.map((g) => html`<span class="day-group">${line(g)}</span>`)}`;
}

/** What screen readers say after a time on another date than the one it is read against: "(next day)", "(+2 days)". */
export function dayShiftWords(days: number, locale: string): string {
  if (days === 1) return msg('(next day)', { id: 'schedule.nextDay', desc: 'Read by screen readers after a time that falls on the day after the event date' });
  if (days === -1) return msg('(previous day)', { id: 'schedule.previousDay', desc: 'Read by screen readers after a time that falls on the day before the event date' });
  // Rarer shifts of two days or more: the locale's own plural forms, "(+2 days)", "(+2 дня)".
  return `(${new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long', signDisplay: 'always' }).format(days)})`;
}

/** "+1" after a time on the day after the date shown ("−1": the day before), with words for screen readers. */
export function dayMark(days: number, locale: string): TemplateResult | typeof nothing {
  if (days === 0) return nothing;
  return html`<span class="shift" dir="ltr" aria-hidden="true">${dayShiftLabel(days, locale)}</span><span class="visually-hidden"> ${dayShiftWords(days, locale)}</span>`;
}

/** "Monday, March 15 – Wednesday, March 17, 2027, each day": above the hours of one day in each zone. */
export function eachDayDates(dates: string): string {
  return msg(str`${dates}, each day`, {
    id: 'schedule.eachDay',
    desc: 'Above the schedule of a meeting of several days that keeps the same hours each day; each row under it gives the hours of one day in a time zone. dates: like "Monday, March 15 – Wednesday, March 17, 2027"',
  });
}

/** How people attend, in words: "Online", "In person", "In person and online". */
export function attendanceLabel(mode: AttendanceMode): string {
  return mode === 'online'
    ? msg('Online', { id: 'card.online', desc: 'How people attend: online only' })
    : mode === 'in-person'
      ? msg('In person', { id: 'card.inPerson', desc: 'How people attend: at the venue only' })
      : msg('In person and online', { id: 'card.mixed', desc: 'How people attend: at the venue and online' });
}
