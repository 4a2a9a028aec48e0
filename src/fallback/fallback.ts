/**
 * The pre-rendered fallback (`plenary render`): what an element shows of an
 * event that depends on neither the visitor nor the clock, as plain HTML to put
 * inside the element. Visitors, search engines and pages without the script read
 * it at once; the element covers it when it has rendered.
 *
 * The HTML keeps to what sanitizers keep (headings, paragraphs, lists, a table,
 * `<time datetime>`, links with safe addresses, `lang` and `dir`), with no
 * style, script, custom element or id, and four classes: `plenary-fallback` on
 * the wrapper, `plenary-fallback-card`, `-main` and `-aside` on the card and the
 * event page's two columns, for a page's stylesheet to lay them out. It follows the elements' order, headings and words, and writes
 * every date and time with the functions the elements use, in the organizers'
 * zone (the agenda) and in each display zone (the schedule's table). What the
 * element adds for the visitor (their own time, the join link by phase, the
 * calendar files, the live marks) is not in it, nor the recording, which the
 * element offers only once the event has ended: written once, before it, a
 * fallback would offer "Watch the recording" a week before the event. The
 * registration stays: before the event, when people register, it may be all
 * a page stripped of its scripts has; the element takes it away at the end.
 */
import { LangText, type Contact, type EventDocument, type Link, type Organization, type Person, type PlenaryEvent, type Session } from '../descriptor/index.js';
import type { DocumentKind, LinkKind } from '../descriptor/index.js';
import { dayShift, dayShiftLabel, formatDate, formatShortDate, formatTime, isoDate, machineTime, rangeZoneLabel, rangeZoneNames, zoneAbbreviation } from '../time/format.js';
import { byLocalDay, dailyGroups, dateTimeJoiner, dateTimeRangeParts, formatDayHeading, formatMeetingDates, formatShortDateTime, oneSitting, rangeText, spansDays, type DailyHours, type DayRuns } from '../time/days.js';
import { dailyRows, dayGroupsIn, organisersDates, timesIn, type ZoneTimes } from '../time/rows.js';
import { canonicalZone } from '../time/zones.js';
import { directionOf, intlTag, localeFor, type Locale } from '../i18n/lang.js';
import { paragraphs, shown } from '../i18n/content.js';
import { inLocale, msg, placeInto } from '../i18n/msg.js';
import { loadLocale, templatesOf } from '../i18n/locales.js';
import { attendanceLabel, colon, comma, dayGroupPieces, dayHeading, dayShiftWords, documentDetails, eachDayDates, linkLabel, spaceAfter } from '../elements/parts.js';
import { h, print, type Child, type Tag } from './html.js';

/** What `--show` takes: the elements whose content does not depend on the moment. */
export const FALLBACK_SHOWS = ['event', 'card', 'schedule', 'agenda', 'documents', 'contacts'] as const;
export type FallbackShow = (typeof FALLBACK_SHOWS)[number];

/** The class of the fallback's wrapper, by which pages and tests know it. */
export const FALLBACK_CLASS = 'plenary-fallback';
/** Classes of the parts a page's stylesheet may lay out as the element does: the card, and the event page's two columns. */
export const CARD_CLASS = 'plenary-fallback-card';
export const MAIN_CLASS = 'plenary-fallback-main';
export const ASIDE_CLASS = 'plenary-fallback-aside';

export interface FallbackOptions {
  /** The element the fallback stands in for (default `event`, the whole event page). */
  readonly show?: FallbackShow;
  /** The language written (UI words, dates, and the descriptor's texts picked for it); default: the descriptor's. */
  readonly lang?: string;
  /** The element's `heading-level` (event, card, agenda, documents, contacts), as on the element. */
  readonly headingLevel?: number;
}

/** The language, UI locale and `Intl` tag the fallback is written in, as an element works them out. */
interface View {
  readonly lang: string;
  readonly locale: Locale;
  readonly intl: string;
}

/** The fallback for `event`, as HTML text ending with a newline. */
export async function renderFallback(event: PlenaryEvent, options: FallbackOptions = {}): Promise<string> {
  const show = options.show ?? 'event';
  return written(event, options.lang, (view) => h('div', { class: FALLBACK_CLASS, lang: view.intl, dir: directionOf(view.locale) }, body(event, view, show, options.headingLevel)));
}

/**
 * The one line `plenary embed` puts inside the element when the whole fallback is
 * not asked for: the status the card's badge gives, if any ("Cancelled: …"), the
 * title, linked to the event's website, and when it is in the organizers' time,
 * in `lang` (default: the descriptor's).
 */
export async function renderLine(event: PlenaryEvent, lang?: string): Promise<string> {
  return written(event, lang, (view) => {
    const website = event.links.find((l) => l.kind === 'website')?.url;
    const title = text(event.title, view);
    const word = statusWord(event);
    return h(
      'p',
      { lang: view.intl, dir: directionOf(view.locale) },
      word && h('strong', {}, word),
      word && colon(),
      website ? h('a', { href: website }, title) : title,
      comma(),
      whenIs(event, view, true),
    );
  });
}

/** `write(view)` printed in the language `lang` (default: the descriptor's), with its words loaded. */
async function written(event: PlenaryEvent, lang: string | undefined, write: (view: View) => Tag): Promise<string> {
  const shownLang = lang ?? event.lang;
  const locale = localeFor(shownLang);
  await loadLocale(locale);
  const view: View = { lang: shownLang, locale, intl: intlTag(shownLang, locale) };
  return inLocale(templatesOf(locale), () => `${print([write(view)])}\n`);
}

function body(event: PlenaryEvent, view: View, show: FallbackShow, level: number | undefined): Child[] {
  switch (show) {
    case 'card':
      return [card(event, view, level ?? 2)];
    case 'schedule':
      return schedule(event, view);
    case 'agenda':
      return agenda(event, view, level ?? 3);
    case 'documents':
      return documents(event, view, level ?? 3);
    case 'contacts':
      return contacts(event, view, level ?? 3);
    default:
      return page(event, view, level ?? 2);
  }
}

// ------------------------------------------------------------------ the event page

/**
 * As plenary-event lays it out: the card, then a main column (about, programme)
 * and a side one (time zones, documents, contacts); the title at `level`, the
 * sections' headings one below, theirs two.
 */
function page(event: PlenaryEvent, view: View, level: number): Child[] {
  const hasDocuments = event.documents.length > 0 || event.links.some(timeless) || event.sessions.some((s) => s.documents.length > 0);
  const inner = level + 2;
  const section = (title: string, ...content: Child[]) => h('section', {}, heading(level + 1, title), ...content);
  return [
    card(event, view, level),
    h(
      'div',
      { class: MAIN_CLASS },
      event.description && section(msg('About the event', { id: 'event.about', desc: 'Heading of the event description on the event page' }), description(event.description, view)),
      (event.sessions.length > 0 || event.speakers.length > 0 || event.moderators.length > 0) &&
        section(msg('Programme', { id: 'event.programme', desc: 'Heading of the sessions on the event page' }), agenda(event, view, inner)),
    ),
    h(
      'div',
      { class: ASIDE_CLASS },
      section(msg('Time zones', { id: 'event.zones', desc: 'Heading of the event times in several time zones' }), schedule(event, view)),
      hasDocuments && section(msg('Documents and links', { id: 'event.documents', desc: 'Heading of the documents and links on the event page' }), documents(event, view, inner)),
      event.contacts.length > 0 && section(msg('Contacts', { id: 'event.contacts', desc: 'Heading of the contacts on the event page' }), contacts(event, view, inner)),
    ),
  ];
}

/** The first two paragraphs, the rest folded, as the event page shows them. */
function description(value: LangText, view: View): Child[] {
  const all = paragraphsOf(value, view);
  return [
    all.slice(0, 2),
    all.length > 2 && h('details', {}, h('summary', {}, msg('Read the full description', { id: 'event.more', desc: 'Opens the rest of the event description' })), all.slice(2)),
  ];
}

// ------------------------------------------------------------------ card

function card(event: PlenaryEvent, view: View, level: number): Tag {
  return h(
    'div',
    { class: CARD_CLASS },
    // One line, like the title: it starts where the page's lines start, whatever its own direction.
    event.series && h('p', {}, text(event.series, view)),
    heading(level, text(event.title, view)),
    status(event),
    when(event, view),
    attendance(event, view),
    organizations(event.organizers, 'organizers', view),
    organizations(event.partners, 'partners', view),
    event.summary && textBlock('p', event.summary, view),
  );
}

/** The status the descriptor gives, as the card's badge (live and ended depend on the clock, and are the element's to say). */
function status(event: PlenaryEvent): Child {
  const words = statusWord(event);
  return words && h('p', {}, h('strong', {}, words));
}

function statusWord(event: PlenaryEvent): string | undefined {
  switch (event.status) {
    case 'cancelled':
      return msg('Cancelled', { id: 'card.cancelled', desc: 'Status badge of a cancelled event' });
    case 'postponed':
      return msg('Postponed', { id: 'card.postponed', desc: 'Status badge of a postponed event' });
    case 'rescheduled':
      return msg('Rescheduled', { id: 'card.rescheduled', desc: 'Status badge of an event moved to a new date' });
    default:
      return undefined;
  }
}

/** The date and times in the organizers' zone, as the card writes them. */
function when(event: PlenaryEvent, view: View): Tag {
  return h('dl', {}, h('dt', {}, msg("Organizers' time", { id: 'card.organisersTime', desc: "Label of the event date and time in the organizers' time zone" })), h('dd', {}, whenIs(event, view)));
}

/** The event's date and times in the organizers' zone, with the zone's name; `oneLine`: on one line, for the embed's line. */
function whenIs(event: PlenaryEvent, view: View, oneLine = false): Child[] {
  const zone = event.timeZone;
  if (spansDays(event.start, event.end, zone)) return days(event, zone, view, oneLine);
  return [
    time(event.start, zone, formatDate(event.start, view.intl, zone)),
    dateTimeJoiner(view.intl),
    time(event.start, zone, formatTime(event.start, view.intl, zone)),
    startZoneName(event.start, event.end, zone, view),
    ' – ',
    time(event.end, zone, formatTime(event.end, view.intl, zone)),
    dayMark(dayShift(event.end, zone, event.start, zone), view),
    ' ',
    endZoneName(event.start, event.end, zone, view),
  ];
}

/**
 * An event of several days: "dates, hours each day" when every day keeps the
 * same hours, a line for each group of days that does (at most three; not
 * `oneLine`), else the start and end with their dates; as the card shows it.
 */
function days(event: PlenaryEvent, zone: string, view: View, oneLine: boolean): Child[] {
  const groups = dailyGroups(event.start, event.end, event.sessions, zone, event.timeZone);
  if (groups && (groups.length === 1 || !oneLine)) {
    return [groupLines(groups, zone, view), ' ', zoneName(rangeZoneLabel(event.start, event.end, view.intl, zone))];
  }
  const parts = dateTimeRangeParts(event.start, event.end, view.intl, zone);
  const piece = (source: string, ms: number) =>
    time(
      ms,
      zone,
      parts
        .filter((p) => p.source === source)
        .map((p) => p.value)
        .join(''),
    );
  // The locale's range: its shared opening, the start, what stands between, the end, its shared closing.
  const firstStart = parts.findIndex((p) => p.source === 'startRange');
  const lastEnd = parts.length - 1 - [...parts].reverse().findIndex((p) => p.source === 'endRange');
  const firstEnd = parts.findIndex((p) => p.source === 'endRange');
  const lastStart = firstEnd - 1 - [...parts.slice(0, firstEnd)].reverse().findIndex((p) => p.source === 'startRange');
  const join = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((p) => p.value)
      .join('');
  return [
    join(0, firstStart),
    piece('startRange', event.start),
    startZoneName(event.start, event.end, zone, view),
    join(lastStart + 1, firstEnd),
    piece('endRange', event.end),
    join(lastEnd + 1, parts.length),
    ' ',
    endZoneName(event.start, event.end, zone, view),
  ];
}

/**
 * A line for each group of days that keep the same hours in `zone`, parted by
 * line breaks: the dates the days begin on there (`short`: as short dates),
 * the hours of one day, the end marked when it falls on the next date.
 */
function groupLines(groups: readonly DailyHours[], zone: string, view: View, short = false): Child[] {
  const line = (group: DailyHours): Child =>
    dayGroupPieces(group, zone, view.intl, short).map((piece) =>
      typeof piece === 'string' ? piece : 'dates' in piece ? time(piece.at, zone, piece.dates) : [piece.hours, dayMark(piece.shift, view)],
    );
  return groups.map((g, i) => (i === 0 ? line(g) : [h('br', {}), line(g)]));
}

function attendance(event: PlenaryEvent, view: View): Tag {
  const mode = attendanceLabel(event.attendance);
  const venue = event.venue;
  return h(
    'p',
    {},
    mode,
    // No line begins with the separator: a no-break space before it.
    event.join?.platform && event.attendance !== 'in-person' && ['\u00a0· ', event.join.platform],
    venue && ['\u00a0· ', venue.url ? h('a', { href: venue.url, ...langOf(venue.name, view) }, venue.name.in(view.lang)) : text(venue.name, view)],
    venue?.address && [comma(), text(venue.address, view)],
  );
}

function organizations(list: readonly Organization[], kind: 'organizers' | 'partners', view: View): Child {
  if (list.length === 0) return undefined;
  const label =
    kind === 'organizers'
      ? msg('Organized by', { id: 'card.organizedBy', desc: 'Label before the list of organizers' })
      : msg('In partnership with', { id: 'card.partners', desc: 'Label before the list of partners' });
  return [h('p', {}, label), h('ul', {}, list.map((o) => h('li', {}, o.url ? h('a', { href: o.url }, text(o.name, view)) : text(o.name, view))))];
}

// ------------------------------------------------------------------ schedule

interface Row {
  readonly label: LangText;
  readonly times: ZoneTimes;
}

/** The organizers' date, then a table of the event's times in each display zone, marked as the schedule marks them. */
function schedule(event: PlenaryEvent, view: View): Child[] {
  const multiDay = spansDays(event.start, event.end, event.timeZone);
  // A meeting that keeps the same hours each day, in every zone shown: each row the hours of one day, as the element shows it.
  // Else each row a line for each group of days that keep the same hours in its zone, where it has such groups.
  const shown = rows(event);
  const daily = multiDay ? dailyRows(shown, event) : undefined;
  const grouped = multiDay && !daily ? shown.map((row) => ({ ...row, groups: dayGroupsIn(row.times.zone, event) })) : undefined;
  const organisersDate = multiDay ? rangeText(organisersDates(event, view.intl, daily !== undefined || !!grouped?.some((row) => row.groups))) : formatDate(event.start, view.intl, event.timeZone);
  const date = h('time', { datetime: isoDate(event.start, event.timeZone) }, organisersDate);
  const col = (words: string) => h('th', { scope: 'col' }, words);
  const head = [
    col(msg('Place', { id: 'fallback.place', desc: 'Column heading of the place names (cities) in the pre-rendered table of event times' })),
    (!multiDay || daily) && col(msg('Date', { id: 'fallback.date', desc: 'Column heading of the local dates in the pre-rendered table of event times' })),
    col(msg('Time', { id: 'fallback.time', desc: 'Column heading of the start and end times in the pre-rendered table of event times' })),
    col(msg('Time zone', { id: 'fallback.zone', desc: 'Column heading of the time zone abbreviations (EDT, UTC+12) in the pre-rendered table of event times' })),
  ];
  return [
    h('p', {}, h('strong', {}, daily ? placeInto<Child>(eachDayDates(organisersDate), [[organisersDate, date]]) : date)),
    h(
      'table',
      { 'aria-label': msg('Times in other time zones', { id: 'schedule.label', desc: 'Accessible name of the list of the event times in several time zones' }) },
      h('thead', {}, h('tr', {}, head)),
      h(
        'tbody',
        {},
        daily
          ? daily.map((row) => dailyRow(row, event, view))
          : grouped
            ? grouped.map((row) => (row.groups ? groupsRow(row, row.groups, event, view) : scheduleRow(row, multiDay, view)))
            : shown.map((row) => scheduleRow(row, multiDay, view)),
      ),
    ),
  ];
}

function scheduleRow({ label, times }: Row, multiDay: boolean, view: View): Tag {
  const at = (ms: number, shift: number, dated: boolean) => [
    time(ms, times.zone, dated ? formatShortDateTime(ms, view.intl, times.zone) : formatTime(ms, view.intl, times.zone)),
    dayMark(shift, view),
  ];
  // Each time with its date (several days; the end's left out where it is the start's here), or the date in a
  // column of its own: a mark on the end only where it falls on a later date than the start here (as the schedule shows it).
  const endShift = multiDay ? 0 : times.endShift;
  const endDated = multiDay && isoDate(times.end, times.zone) !== isoDate(times.start, times.zone);
  return h(
    'tr',
    {},
    h('th', { scope: 'row', ...langOf(label, view) }, label.in(view.lang)),
    !multiDay && h('td', {}, h('time', { datetime: isoDate(times.start, times.zone) }, formatShortDate(times.start, view.intl, times.zone))),
    h('td', {}, at(times.start, 0, multiDay), startZoneName(times.start, times.end, times.zone, view), ' – ', at(times.end, endShift, endDated)),
    h('td', {}, endZoneName(times.start, times.end, times.zone, view)),
  );
}

/** A row of a meeting that keeps the same hours each day: one day's times there, and when its days open. */
interface DailyRow extends Row {
  readonly times: ZoneTimes & { readonly runs: DayRuns };
}

/** A row of a meeting that keeps the same hours each day: the dates its days begin on there, one day's hours, the end marked when on the next date. */
function dailyRow({ label, times }: DailyRow, event: PlenaryEvent, view: View): Tag {
  const at = (ms: number, shift: number) => [time(ms, times.zone, formatTime(ms, view.intl, times.zone)), dayMark(shift, view)];
  const dates = formatMeetingDates(times.runs, view.intl, times.zone, true);
  return h(
    'tr',
    {},
    h('th', { scope: 'row', ...langOf(label, view) }, label.in(view.lang)),
    h('td', {}, h('time', { datetime: isoDate(times.start, times.zone) }, dates)),
    h('td', {}, at(times.start, 0), startZoneName(times.start, times.end, times.zone, view), ' – ', at(times.end, times.endShift)),
    h('td', {}, zoneName(rangeZoneLabel(event.start, event.end, view.intl, times.zone))),
  );
}

/** A row of a meeting that keeps the same hours on some of its days only: a line for each group of days that do here, the zone's name once. */
function groupsRow({ label, times }: Row, groups: readonly DailyHours[], event: PlenaryEvent, view: View): Tag {
  return h(
    'tr',
    {},
    h('th', { scope: 'row', ...langOf(label, view) }, label.in(view.lang)),
    h('td', {}, groupLines(groups, times.zone, view, true)),
    h('td', {}, zoneName(rangeZoneLabel(event.start, event.end, view.intl, times.zone))),
  );
}

/** The display zones the browser (here, Node's ICU) knows, each once; the organizers' offset when none is named. */
function rows(event: PlenaryEvent): Row[] {
  const out: Row[] = [];
  const seen = new Set<string>();
  for (const z of event.displayZones) {
    const key = canonicalZone(z.zone);
    const times = seen.has(key) ? undefined : timesIn(z.zone, event.start, event.end, event.timeZone);
    if (!times) continue;
    seen.add(key);
    out.push({ label: z.label, times });
  }
  if (out.length === 0) {
    // Times given with an offset and no zone named: the one row is that offset.
    const zone = event.timeZone;
    const label = zoneAbbreviation(event.start, 'en', zone);
    out.push({ label: new LangText([[event.lang, label]], event.lang), times: { zone, start: event.start, end: event.end, startShift: 0, endShift: 0 } });
  }
  return out;
}

// ------------------------------------------------------------------ agenda

/** The sessions in the organizers' zone (the element shows the visitor's), then the event's moderators and speakers. */
function agenda(event: PlenaryEvent, view: View, level: number): Child[] {
  const zone = event.timeZone;
  const people = eventPeople(event, level, view);
  if (event.sessions.length === 0) {
    return [people, h('p', {}, msg('The programme will be published here.', { id: 'agenda.empty', desc: 'Shown by the agenda when the event has no sessions yet' }))];
  }
  // As on the agenda: a sitting of less than a day that runs on past midnight has no days to number.
  if (spansDays(event.start, event.end, zone) && !oneSitting(event, zone)) {
    const inner = Math.min(level + 1, 6);
    return [
      byLocalDay(event.sessions, zone, event.start).map((day, i) =>
        h(
          'section',
          {},
          heading(level, dayHeading(i + 1, formatDayHeading(day.first, view.intl, zone), view.intl)),
          h('ol', {}, day.sessions.map((s) => session(s, inner, zone, day.day, view))),
        ),
      ),
      people,
    ];
  }
  const eventDay = isoDate(event.start, zone);
  return [h('ol', {}, event.sessions.map((s) => session(s, level, zone, eventDay, view))), people];
}

function session(s: Session, level: number, zone: string, eventDay: string, view: View): Tag {
  const label = (words: string) => h('p', {}, words);
  const group = (words: string, people: readonly Person[]) => people.length > 0 && [label(words), h('ul', {}, people.map((p) => person(p, view)))];
  return h(
    'li',
    {},
    heading(level, text(s.title, view)),
    sessionTimes(s, zone, eventDay, view),
    s.description && sessionDescription(s.description, view),
    group(msg('Moderators', { id: 'agenda.moderators', desc: 'Label of the list of moderators' }), s.moderators),
    group(msg('Speakers', { id: 'agenda.speakers', desc: 'Label of the list of speakers' }), s.speakers),
    s.documents.length > 0 && [
      label(msg('Documents', { id: 'agenda.documents', desc: "Label of a session's list of documents" })),
      h('ul', {}, s.documents.map((d) => documentItem(d, view))),
    ],
  );
}

function sessionTimes(s: Session, zone: string, eventDay: string, view: View): Child {
  const { start, end } = s;
  if (start === undefined) return undefined;
  const day = isoDate(start, zone);
  return h(
    'p',
    {},
    day !== eventDay && [h('time', { datetime: day }, formatShortDate(start, view.intl, zone)), dateTimeJoiner(view.intl, true)],
    time(start, zone, formatTime(start, view.intl, zone)),
    end !== undefined && [
      startZoneName(start, end, zone, view),
      ' – ',
      time(end, zone, formatTime(end, view.intl, zone)),
      isoDate(end, zone) > day && [' ', msg('ends next day', { id: 'agenda.endsNextDay', desc: 'After the end time of a session that ends on the day after it starts' })],
    ],
    ' ',
    endZoneName(start, end, zone, view),
  );
}

/** Descriptions longer than this (or of several paragraphs) show their first paragraph and fold the rest, as on the agenda. */
const FOLD_AFTER = 400;

function sessionDescription(value: LangText, view: View): Child[] {
  const all = paragraphsOf(value, view);
  if (all.length <= 1 && value.in(view.lang).length <= FOLD_AFTER) return all;
  return [all[0], all.length > 1 && h('details', {}, h('summary', {}, msg('Read more', { id: 'agenda.more', desc: 'Opens the rest of a long session description' })), all.slice(1))];
}

function eventPeople(event: PlenaryEvent, level: number, view: View): Child[] {
  const group = (words: string, people: readonly Person[]) =>
    people.length > 0 && h('section', {}, heading(level, words), h('ul', {}, people.map((p) => person(p, view))));
  return [
    group(msg('Moderators', { id: 'agenda.moderators', desc: 'Label of the list of moderators' }), event.moderators),
    group(msg('Speakers', { id: 'agenda.speakers', desc: 'Label of the list of speakers' }), event.speakers),
  ];
}

function person(p: Person, view: View): Tag {
  const name = text(p.name, view);
  return h('li', {}, p.url ? h('a', { href: p.url }, name) : name, p.title && [comma(), text(p.title, view)], p.organization && [comma(), text(p.organization, view)]);
}

// ------------------------------------------------------------------ documents

function documents(event: PlenaryEvent, view: View, level: number): Child[] {
  // Every document once: the event's, then those only listed under a session.
  const all: EventDocument[] = [...event.documents];
  for (const s of event.sessions) for (const d of s.documents) if (!all.includes(d) && !all.some((a) => d.url !== undefined && a.url === d.url)) all.push(d);
  const docs = (kind: DocumentKind) => all.filter((d) => d.kind === kind).map((d) => documentItem(d, view));
  const links = (kinds: readonly LinkKind[]) => event.links.filter((l) => kinds.includes(l.kind) && timeless(l)).map((l) => linkItem(l, view));
  const groups: Array<[string, Tag[]]> = [
    [msg('Concept note', { id: 'documents.conceptNote', desc: 'Heading of the concept note group' }), docs('concept-note')],
    [msg('Agenda', { id: 'documents.agenda', desc: 'Heading of the agenda documents group' }), docs('agenda')],
    [msg('Talking points', { id: 'documents.talkingPoints', desc: "Heading of the group of speakers' talking points" }), docs('talking-points')],
    [msg('Reference material', { id: 'documents.reference', desc: 'Heading of the reference material group' }), docs('reference')],
    [msg('Presentations', { id: 'documents.presentations', desc: 'Heading of the presentations group' }), docs('presentation')],
    [msg('Reports', { id: 'documents.reports', desc: 'Heading of the reports group' }), docs('report')],
    [msg('Other documents', { id: 'documents.other', desc: 'Heading of the group of other documents' }), docs('other')],
    [msg('Discussion', { id: 'documents.discussion', desc: 'Heading of the online discussion board links' }), links(['discussion'])],
    [msg('Recording', { id: 'documents.recording', desc: 'Heading of the recording links' }), links(['recording'])],
    [msg('Registration', { id: 'documents.registration', desc: 'Heading of the registration links' }), links(['registration'])],
    [msg('Website', { id: 'documents.website', desc: 'Heading of the website links' }), links(['website'])],
    [msg('Follow', { id: 'documents.social', desc: 'Heading of the social media links (Facebook, X, YouTube, blog, RSS)' }), links(['facebook', 'x', 'youtube', 'blog', 'rss'])],
    [msg('Other links', { id: 'documents.otherLinks', desc: 'Heading of the group of other links' }), links(['other'])],
  ];
  const shownGroups = groups.filter(([, items]) => items.length > 0);
  if (shownGroups.length === 0) {
    return [h('p', {}, msg('Documents will be published here.', { id: 'documents.empty', desc: 'Shown when the event has no documents or links yet' }))];
  }
  return shownGroups.map(([title, items]) => h('section', {}, heading(level, title), h('ul', {}, items)));
}

/** A document as a link, with "(PDF, English)" after it and its description under it. */
function documentItem(doc: EventDocument, view: View): Tag {
  const title = text(doc.title, view);
  return h(
    'li',
    {},
    doc.url ? h('a', { href: doc.url, hreflang: doc.language }, title) : title,
    documentDetails(doc, view.intl),
    doc.description && textBlock('p', doc.description, view),
  );
}

/** A link the fallback offers: not a recording, which the element offers only after the event (linkOffered). */
function timeless(link: Link): boolean {
  return link.kind !== 'recording';
}

function linkItem(link: Link, view: View): Tag {
  const label = link.label ? text(link.label, view) : linkLabel(link.kind);
  return h('li', {}, link.url ? h('a', { href: link.url, rel: 'noopener' }, label) : label, link.description && textBlock('p', link.description, view));
}


// ------------------------------------------------------------------ contacts

function contacts(event: PlenaryEvent, view: View, level: number): Child[] {
  if (event.contacts.length === 0) {
    return [h('p', {}, msg('No contacts are listed for this event.', { id: 'contacts.empty', desc: 'Shown when the event lists no contacts' }))];
  }
  // By organisation (its text in the language shown), groups in order of first appearance.
  const groups = new Map<string, [LangText | undefined, Contact[]]>();
  for (const c of event.contacts) {
    const key = c.organization?.in(view.lang) ?? '';
    const group = groups.get(key);
    if (group) group[1].push(c);
    else groups.set(key, [c.organization, [c]]);
  }
  return [...groups.values()].map(([organization, people]) =>
    h('section', {}, organization && heading(level, text(organization, view)), h('ul', {}, people.map((c) => contact(c, view)))),
  );
}

/** One contact as the lines of an address: name, title, unit, e-mail, telephone. */
function contact(c: Contact, view: View): Tag {
  const address = (value: string, url: string | undefined) => (url ? h('a', { href: url, dir: 'ltr' }, value) : h('span', { dir: 'ltr' }, value));
  const labelled = (label: string, value: Tag) => [label, spaceAfter(label), value];
  const lines: Child[][] = [
    [text(c.name, view)],
    c.title ? [text(c.title, view)] : [],
    c.unit ? [text(c.unit, view)] : [],
    c.email !== undefined ? labelled(msg('E-mail:', { id: 'contacts.email', desc: 'Label before a contact e-mail address' }), address(c.email, c.emailUrl)) : [],
    c.phone !== undefined ? labelled(msg('Telephone:', { id: 'contacts.phone', desc: 'Label before a contact telephone number' }), address(c.phone, c.phoneUrl)) : [],
  ];
  return h(
    'li',
    {},
    lines.filter((l) => l.length > 0).map((l, i) => (i === 0 ? l : [h('br', {}), l])),
  );
}

// ------------------------------------------------------------------ pieces

function heading(level: number, ...content: Child[]): Tag {
  return h(`h${Math.min(Math.max(level, 2), 6)}`, {}, ...content);
}

/** `lang` and `dir` for a descriptor text shown in another language than the UI's (none when it is in the UI's). */
function langOf(value: LangText, view: View): Record<string, string | undefined> {
  const s = shown(value, view.lang, view.locale);
  return { lang: s.lang, dir: s.dir };
}

/** A descriptor text: plain, or in a span with its own `lang` (and `dir`) when it is in another language. */
function text(value: LangText, view: View): Child {
  const s = shown(value, view.lang, view.locale);
  return s.lang ? h('span', { lang: s.lang, dir: s.dir }, s.text) : s.text;
}

/** A descriptor text as a block of its own, carrying its language when it differs. */
function textBlock(tag: string, value: LangText, view: View): Tag {
  return h(tag, langOf(value, view), value.in(view.lang));
}

function paragraphsOf(value: LangText, view: View): Tag[] {
  const s = shown(value, view.lang, view.locale);
  return paragraphs(s.text).map((p) => h('p', { lang: s.lang, dir: s.dir }, p));
}

/** A `<time>` whose `datetime` is the moment in the zone it is shown in, with the offset. */
function time(ms: number, zone: string, words: string): Tag {
  return h('time', { datetime: machineTime(ms, zone) }, words);
}

/** "EDT", "UTC+12": written left to right, whatever the direction around it. */
function zoneName(name: string): Tag {
  return h('span', { dir: 'ltr' }, name);
}

/** The zone's name at the end of a range, written after it. */
function endZoneName(start: number, end: number | undefined, zone: string, view: View): Tag {
  return zoneName(rangeZoneNames(start, end, view.intl, zone).end);
}

/** The zone's name at the start of a range, after the start time, when the clocks change within the range (see rangeZoneNames). */
function startZoneName(start: number, end: number, zone: string, view: View): Child {
  const name = rangeZoneNames(start, end, view.intl, zone).start;
  return name !== undefined && [' ', zoneName(name)];
}

/** "+1" after an end on the day after its start there, as the schedule marks it; the words in its title. */
function dayMark(days: number, view: View): Child {
  if (days === 0) return undefined;
  const words = dayShiftWords(days, view.intl);
  return h('sup', { dir: 'ltr', title: words }, dayShiftLabel(days, view.intl));
}

