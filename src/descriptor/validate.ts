/**
 * validate(json) → { errors, warnings }: every problem of a descriptor, each
 * with its JSON path and a message that tells a content team how to fix it.
 *
 * Two passes: the shape (types, required fields, unknown fields) is checked
 * against the field table in `fields.ts`; then the rules that need more than one
 * field (times in their zone, sessions inside the event, unique ids, references).
 *
 * One mistake gives one error. A rule whose input is already reported as wrong
 * is not checked (sessions are not held against an event that ends before it
 * starts), and a place holds at most one error: the first found, which is the
 * cause of any that would follow it there. A warning at a place that has an
 * error is dropped too (an empty `timeZone` is reported as missing, not also as
 * "remove the field").
 */
import { DESCRIPTOR_SPEC, type Field, type Spec, type StringFormat } from './fields.js';
import { emailProblem, idProblem, isLanguageTag, missingScheme, phoneProblem, urlProblem } from './checks.js';
import { suggest, zoneForCity, zoneForCityTypo } from './suggest.js';
import { COMMENT, fitsOption, isObject, type Json } from './json.js';
import { LangText } from './text.js';
import type { Problem, ValidationResult } from './types.js';
import { readTime, formatOffset, type ReadTime } from '../time/instant.js';
import { listedZones, looksLikeOffset, offsetAt, zoneNamed } from '../time/zones.js';
import { clockChanges, oneZoneEachClock, unusualGaps } from '../time/clock-changes.js';
import { isoDate, isoDateTime, utcOffsetLabel } from '../time/format.js';

export const SUPPORTED_VERSIONS: readonly number[] = [1];


class Report {
  private readonly errors = new Map<string, string>();
  private readonly warnings: Problem[] = [];
  constructor(private readonly root: unknown) {}

  /** Reports an error at `path`, unless one is there already (that one is its cause). */
  error(path: string, message: string): void {
    if (!this.errors.has(path)) this.errors.set(path, message);
  }
  warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }
  hasError(path: string): boolean {
    return this.errors.has(path);
  }
  /** Withdraws the error at `path`: it follows from one reported elsewhere. */
  drop(path: string): void {
    this.errors.delete(path);
  }
  /** How editors name the place: `sessions[2] ("Opening")`; see `labelOf`. */
  label(path: string): string {
    return labelOf(this.root, path);
  }
  result(): ValidationResult {
    const withLabel = (p: Problem): Problem => {
      const label = labelOf(this.root, p.path);
      return label === p.path ? p : { ...p, label };
    };
    return {
      errors: [...this.errors].map(([path, message]) => withLabel({ path, message })),
      warnings: this.warnings.filter((w) => !this.errors.has(w.path)).map(withLabel),
    };
  }
}

export function validate(json: unknown): ValidationResult {
  const report = new Report(json);
  if (!isObject(json)) {
    report.error('', `The descriptor must be a JSON object ({ "plenary": 1, "title": …, … }); found ${describe(json)}.`);
    return report.result();
  }
  checkObject(json, DESCRIPTOR_SPEC as Extract<Spec, { type: 'object' }>, '', report);
  checkRules(json, report);
  return report.result();
}

// ---------------------------------------------------------------- the shape

function checkValue(value: unknown, field: Field, path: string, report: Report): void {
  const { spec } = field;
  switch (spec.type) {
    case 'string':
      return checkString(value, spec, field, path, report);
    case 'text':
      return checkText(value, field, path, report);
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        report.error(path, `must be a whole number; found ${describe(value)}.`);
      } else if (value < spec.minimum || value > spec.maximum) {
        report.error(path, `must be between ${spec.minimum} and ${spec.maximum}; found ${value}.`);
      }
      return;
    case 'version':
      if (value !== spec.value) {
        // "1" in quotes is the right format written as text, not another format.
        const written = typeof value === 'string' && value.trim() === String(spec.value);
        report.error(
          path,
          written
            ? `must be the number ${spec.value}, without quotes; found the text ${JSON.stringify(value)}. Write "plenary": ${spec.value}.`
            : `says ${JSON.stringify(value)}, but this build of Plenary reads format ${SUPPORTED_VERSIONS.join(', ')}. Write "plenary": ${spec.value}.`,
        );
      }
      return;
    case 'object':
      if (!isObject(value)) {
        report.error(path, `must be an object ({ … }); found ${describe(value)}.`);
        return;
      }
      return checkObject(value, spec, path, report);
    case 'array':
      if (!Array.isArray(value)) {
        report.error(path, `must be a list ([ … ]); found ${describe(value)}.`);
        return;
      }
      value.forEach((item, i) => checkValue(item, { ...field, spec: spec.items }, `${path}[${i}]`, report));
      return;
    case 'union': {
      const option = spec.options.find((o) => fitsOption(o, value, spec.options));
      if (!option) {
        const forms = spec.options.map((o) =>
          o.type === 'object' ? `an object with ${Object.keys(o.fields).join(', ')}` : o.type === 'array' ? 'a list' : o.type === 'text' ? 'text' : 'a string',
        );
        report.error(path, `must be ${forms.join(' or ')}; found ${describe(value)}.`);
        return;
      }
      return checkValue(value, { ...field, spec: option }, path, report);
    }
  }
}

function checkObject(value: Json, spec: Extract<Spec, { type: 'object' }>, path: string, report: Report): void {
  const known = Object.keys(spec.fields);
  for (const [name, field] of Object.entries(spec.fields)) {
    const child = childPath(path, name);
    if (!Object.hasOwn(value, name) || value[name] === undefined) {
      if (field.required) report.error(child, `is missing.${misspelling(value, name, known)} ${field.description}`);
      continue;
    }
    if (value[name] === null) {
      report.error(child, field.required ? `is null; it is required. ${field.description}` : 'is null; remove the field or give it a value.');
      continue;
    }
    checkValue(value[name], field, child, report);
  }
  for (const name of Object.keys(value)) {
    if (Object.hasOwn(spec.fields, name)) continue;
    if (name === COMMENT) {
      if (typeof value[name] !== 'string') report.error(childPath(path, name), `is a comment and must be a string; found ${describe(value[name])}.`);
      continue;
    }
    const guess = suggest(name, known);
    report.warn(
      childPath(path, name),
      `is not a field of ${article(spec.name)} and is ignored.${guess ? ` Did you mean "${guess}"?` : ` Known fields: ${known.filter((k) => k !== '$schema').join(', ')}.`}`,
    );
  }
}

/**
 * For a required field that is missing: the field written beside it that is
 * most likely a misspelling of it (" There is a field "titel" here: did you mean
 * "title"?"), or "". The element shows errors only, so the hint is said with the
 * error, not only in the warning about the unknown field.
 */
function misspelling(value: Json, name: string, known: readonly string[]): string {
  const written = Object.keys(value).find((key) => !known.includes(key) && suggest(key, known) === name);
  return written === undefined ? '' : ` There is a field ${JSON.stringify(written)} here: did you mean "${name}"?`;
}

function checkString(value: unknown, spec: Extract<Spec, { type: 'string' }>, field: Field, path: string, report: Report): void {
  if (typeof value !== 'string') {
    report.error(path, `must be a string; found ${describe(value)}.`);
    return;
  }
  if (value.trim() === '') {
    if (field.required) report.error(path, `is empty. ${field.description}`);
    else report.warn(path, 'is empty; remove the field or fill it in.');
    return;
  }
  if (spec.enum && !spec.enum.includes(value)) {
    const guess = suggest(value, spec.enum);
    report.error(path, `is ${JSON.stringify(value)}, which is not one of: ${spec.enum.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`);
    return;
  }
  if (spec.format) checkFormat(value, spec.format, path, report);
}

/** Formats whose bad values cost only the link: the text is still shown, so the problem is a warning. */
const LINK_FORMATS: ReadonlySet<StringFormat> = new Set(['url', 'meeting', 'email', 'phone']);

function checkFormat(value: string, format: StringFormat, path: string, report: Report): void {
  const quoted = JSON.stringify(value);
  let problem: string | null = null;
  switch (format) {
    case 'url':
    case 'meeting': {
      problem = urlProblem(value);
      const meant = problem === null ? missingScheme(value) : undefined;
      // "Join the meeting" that opens the visitor's e-mail application is no way into the meeting.
      if (format === 'meeting' && (meant ?? value).toLowerCase().startsWith('mailto:')) {
        problem =
          'is an e-mail address, not the address of the online meeting: "Join the meeting" would open the visitor\'s e-mail application. Give the https: address of the meeting, from its invitation; an address to write to belongs in "contacts"';
        break;
      }
      if (meant) {
        const scheme = meant.startsWith('mailto:') ? 'mailto:' : 'https:';
        report.warn(path, `${quoted} has no ${scheme}; Plenary links to "${meant}". Write it so; or, for a file beside the descriptor, begin it with "./".`);
      }
      break;
    }
    case 'email':
      problem = emailProblem(value);
      break;
    case 'phone':
      problem = phoneProblem(value);
      break;
    case 'id':
      problem = idProblem(value);
      break;
    case 'lang': {
      if (!isLanguageTag(value)) problem = 'is not a language tag such as "en", "fr-CA" or "zh-Hans"';
      const doubt = problem === null ? languageDoubt(value) : null;
      if (doubt) report.warn(path, `${quoted} ${doubt}`);
      break;
    }
    case 'zone': {
      problem = zoneProblem(value);
      const placeless = problem === null ? placelessZone(value) : null;
      if (placeless) report.warn(path, `${quoted} ${placeless}`);
      break;
    }
    case 'datetime': {
      const read = readTime(value, null);
      if (read.kind === 'invalid') problem = read.reason;
      break;
    }
  }
  if (!problem) return;
  const message = `${quoted} ${problem}${/[.?!]$/.test(problem) ? '' : '.'}`;
  if (LINK_FORMATS.has(format)) report.warn(path, `${message} It is shown as text, not as a link, until it is fixed.`);
  else report.error(path, message);
}

/** The two-letter codes of languages (ISO 639-1), each followed by a space; the same in every browser, whatever names its own data holds. */
const LANGUAGE_CODES =
  ' ' +
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da ' +
  'de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ' +
  'ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln ' +
  'lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi ' +
  'pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti ' +
  'tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu ';

/** Country codes written for the language of their country ("cn" for Chinese), where no language has that code. */
const COUNTRY_CODES: Readonly<Record<string, string>> = { cn: 'zh', jp: 'ja', gr: 'el', cz: 'cs', dk: 'da', ua: 'uk', vn: 'vi', il: 'he' };

/**
 * What a well-formed language tag may still get wrong, as a warning: the
 * three-letter code of a language that has a two-letter one ("eng", "fre"),
 * which screen readers may not know, and which, as the key of a text, never
 * matches the "en" a visitor's browser asks for, so the text is passed over; or a two-letter code no
 * language has ("cn", China's country code), which nothing can name or read.
 */
function languageDoubt(tag: string, key = false): string | null {
  const language = tag.split('-')[0]!.toLowerCase();
  const canonical = Intl.getCanonicalLocales(tag)[0]!;
  if (canonical.split('-')[0]!.toLowerCase() !== language) {
    const shown = key ? ', and a visitor reading it is shown this text only when no other fits' : '';
    return `is written "${canonical}": browsers and screen readers know the language by that code${shown}.`;
  }
  if (language.length !== 2 || LANGUAGE_CODES.includes(` ${language} `)) return null;
  const meant = COUNTRY_CODES[language];
  return `is not the code of a language${meant ? ` ("${language}" is a country's; its language is "${meant}")` : ''}: write the language's code, such as "en", "fr" or "zh".`;
}

/**
 * Abbreviations written where a zone belongs that browsers do not take as
 * zones ("ICT", "KST"), each with the zone of a city that keeps it, given as an
 * example: many cities keep "CEST", and the event keeps the clock of one.
 */
const ABBREVIATED: Readonly<Record<string, string>> = {
  ICT: 'Asia/Bangkok', KST: 'Asia/Seoul', JST: 'Asia/Tokyo', SGT: 'Asia/Singapore', PHT: 'Asia/Manila', PHST: 'Asia/Manila',
  WIB: 'Asia/Jakarta', HKT: 'Asia/Hong_Kong', NPT: 'Asia/Kathmandu', PKT: 'Asia/Karachi', GST: 'Asia/Dubai', IRST: 'Asia/Tehran',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', AWST: 'Australia/Perth', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland',
  FJT: 'Pacific/Fiji', SAST: 'Africa/Johannesburg', WAT: 'Africa/Lagos', CAT: 'Africa/Maputo', CEST: 'Europe/Paris',
  EEST: 'Europe/Athens', WEST: 'Europe/Lisbon', MSK: 'Europe/Moscow', TRT: 'Europe/Istanbul', EDT: 'America/New_York',
  CDT: 'America/Chicago', MDT: 'America/Denver', PDT: 'America/Los_Angeles', BRT: 'America/Sao_Paulo', COT: 'America/Bogota',
  PET: 'America/Lima', CLT: 'America/Santiago', ART: 'America/Argentina/Buenos_Aires',
};

function zoneProblem(value: string): string | null {
  if (zoneNamed(value)) return null;
  if (looksLikeOffset(value)) {
    return 'is an offset, not a time zone; give the IANA zone, such as "Europe/Rome", so that daylight-saving changes are followed';
  }
  const zones = listedZones();
  const city = zoneForCity(value, zones);
  if (city) return `names a city, not a time zone; use the IANA zone that keeps its time. Did you mean "${city}"?`;
  if (/^[A-Z]{2,5}$/.test(value)) {
    const kept = ABBREVIATED[value];
    return `is an abbreviation, not a time zone; give the IANA zone of the city whose clock the event keeps, such as ${kept ? `"${kept}"` : '"Asia/Bangkok" or "America/New_York"'}`;
  }
  const guess = zoneForCityTypo(value, zones) ?? suggest(value, zones);
  return `is not a known time zone; use an IANA name such as "Europe/Rome" or "America/New_York"${guess ? `. Did you mean "${guess}"?` : ''}`;
}

/**
 * What to say of a zone the browser knows that names no place: an old
 * abbreviation ("EST", "MST", "CET", "EST5EDT") or a fixed offset ("Etc/GMT-9").
 * "EST" keeps UTC−5 all year: a New York event written in it is an hour off
 * all summer. UTC itself is a fine zone for an event held in UTC.
 */
function placelessZone(value: string): string | null {
  if (/^(Etc\/)?(UTC|UCT|GMT|GMT[+-]?0|Greenwich|Universal|Zulu)$/i.test(value)) return null;
  if (value.includes('/') && !/^Etc\//i.test(value)) return null;
  // Its offsets in a northern winter and summer (these names keep the same rules every year).
  const [winter, summer] = [Date.UTC(2025, 0, 15), Date.UTC(2025, 6, 15)].map((ms) => utcOffsetLabel(offsetAt(value, ms)));
  const keeps = winter === summer ? `${winter} all year` : `${winter} in January and ${summer} in July`;
  const reversed = /^Etc\/GMT[+-]/i.test(value) ? ' (in these names the sign is the other way round)' : '';
  return (
    `names no place: it keeps ${keeps}${reversed}, whatever the clocks of the place do. ` +
    'Give the IANA zone of the city whose clock the event keeps, such as "America/New_York" or "Asia/Seoul", so that its times follow that clock.'
  );
}

/**
 * Tags of HTML (those a word processor or a web page writes, Word's "<o:p>"
 * among them), comments and entities ("&nbsp;", "&euro;", "&#8364;"); not an
 * address in angle brackets ("Ana <ana@un.org>"), nor "<5%" or "R&D".
 */
const MARKUP =
  /<\/?(p|br|b|i|u|s|em|strong|span|div|font|a|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|img|sup|sub|small|big|blockquote|pre|code|hr|center|style|script|xml|meta|link|o:p)(?=[\s/>])[^<>]*>|<!--|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]{1,31});/gi;

/**
 * The HTML in a text, a few of its tags and entities ("<p>, <b>, &nbsp;"), or
 * null: what a text pasted from a word processor or a web page carries.
 */
function markupIn(text: string): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(MARKUP)) {
    found.add(m[1] ? `<${m[1].toLowerCase()}>` : m[0] === '<!--' ? '<!-- -->' : m[0].toLowerCase());
    if (found.size === 3) break;
  }
  return found.size ? [...found].join(', ') : null;
}

/** A warning for a text with HTML in it: visitors would read the tags. */
function checkMarkup(text: string, path: string, report: Report): void {
  const markup = markupIn(text);
  if (markup) {
    report.warn(path, `holds HTML (${markup}), which visitors would read as it is written, tags and all. Give plain text; in a description, leave a blank line between paragraphs.`);
  }
}

function checkText(value: unknown, field: Field, path: string, report: Report): void {
  if (typeof value === 'string') {
    if (value.trim() === '') {
      if (field.required) report.error(path, `is empty. ${field.description}`);
      else report.warn(path, 'is empty; remove the field or fill it in.');
    }
    checkMarkup(value, path, report);
    return;
  }
  if (!isObject(value)) {
    report.error(path, `must be text: a string, or an object of language tags and strings such as {"en": "Webinar", "fr": "Webinaire"}; found ${describe(value)}.`);
    return;
  }
  const tags = Object.keys(value);
  if (tags.length === 0) {
    report.error(path, 'has no text in any language; give a string, or at least one language such as {"en": "…"}.');
    return;
  }
  for (const tag of tags) {
    const child = childPath(path, tag);
    if (!isLanguageTag(tag)) {
      report.error(child, `${JSON.stringify(tag)} is not a language tag such as "en", "fr-CA" or "zh-Hans"; text objects map language tags to strings.`);
      continue;
    }
    const doubt = languageDoubt(tag, true);
    if (doubt) report.warn(child, `${JSON.stringify(tag)} ${doubt}`);
    const text = value[tag];
    if (typeof text !== 'string') report.error(child, `must be a string; found ${describe(text)}.`);
    else if (text.trim() === '') report.warn(child, 'is empty; remove it or fill it in.');
    else checkMarkup(text, child, report);
  }
  // Every language given, and every one empty: as empty as "" (which a required field may not be).
  const texts = Object.values(value);
  if (field.required && texts.every((t) => typeof t === 'string' && t.trim() === '')) {
    report.error(path, `has no text in any language: every language given is empty. ${field.description}`);
  }
}

// ---------------------------------------------------------------- the rules

/** Longer than this, a session's end is most likely on the wrong day (ms). */
const LONG_SESSION = 18 * 3_600_000;

interface TimeField {
  readonly path: string;
  readonly value: string;
  read?: ReadTime;
}

function checkRules(d: Json, report: Report): void {
  // An empty timeZone is reported as empty above, and counts as missing here.
  const zoneName = typeof d.timeZone === 'string' && d.timeZone.trim() !== '' ? d.timeZone : undefined;
  const zone = zoneName ? zoneNamed(zoneName) : null;
  const sessions = Array.isArray(d.sessions) ? d.sessions : [];

  // Every date-time of the descriptor, read in the organizers' zone.
  const times: TimeField[] = [];
  const timeAt = (path: string, value: unknown): TimeField | undefined => {
    if (typeof value !== 'string' || readTime(value, null).kind === 'invalid') return undefined;
    const t: TimeField = { path, value };
    times.push(t);
    return t;
  };
  const start = timeAt('start', d.start);
  const end = timeAt('end', d.end);
  timeAt('previousStart', d.previousStart);
  const sessionTimes = sessions.map((s, i) =>
    isObject(s) ? { start: timeAt(`sessions[${i}].start`, s.start), end: timeAt(`sessions[${i}].end`, s.end) } : {},
  );

  const local = times.filter((t) => readTime(t.value, null).kind === 'needs-zone');
  if (local.length > 0 && zoneName === undefined) {
    // "is null; remove the field or give it a value" would send the editor the wrong way.
    if (d.timeZone === null) report.drop('timeZone');
    report.error(
      'timeZone',
      `is missing, and ${list(local.map((t) => t.path))} ${local.length === 1 ? 'is a local time' : 'are local times'} with no offset. Add the organizers' IANA zone, such as "timeZone": "America/New_York", or write each time with its offset ("2020-10-13T07:00-04:00").`,
    );
  }
  for (const t of times) {
    t.read = readTime(t.value, zone);
    if (!zone && t.read.kind === 'needs-zone') continue; // reported above, or the zone itself is wrong
    if (t.read.kind === 'gap') {
      report.error(
        t.path,
        `${JSON.stringify(t.value)} does not exist in ${zoneName} (clocks go forward from ${t.read.from} to ${t.read.to}). Choose a time outside the skipped hour, or write the offset.`,
      );
    } else if (t.read.kind === 'ambiguous') {
      const [first, second] = t.read.offsets;
      report.warn(
        t.path,
        `${JSON.stringify(t.value)} happens twice in ${zoneName} (clocks go back); it is read as the first, at ${formatOffset(first)}. To mean the second, write "${t.value}${formatOffset(second)}".`,
      );
    } else if (t.read.kind === 'instant' && zone && t.read.offsetMinutes !== 0 && zone.offset(t.read.ms) !== t.read.offsetMinutes) {
      // An offset of another season ("+01:00" in Zurich's summer): the moment is exact, but rarely the one meant.
      const shown = isoDateTime(t.read.ms, zoneName!).slice(11, 16);
      const local = t.value.replace(/[+-]\d\d(?::?\d\d)?$/, '');
      report.warn(
        t.path,
        `${JSON.stringify(t.value)} has the offset ${formatOffset(t.read.offsetMinutes)}, but ${zoneName} is at ${formatOffset(zone.offset(t.read.ms))} then, so it is shown as ${shown} there. To mean ${local.slice(11, 16)} in ${zoneName}, write "${local}".`,
      );
    }
  }

  const ms = (t: TimeField | undefined): number | undefined =>
    t?.read && 'ms' in t.read ? t.read.ms : undefined;
  const eventStart = ms(start);
  const eventEnd = ms(end);
  const eventInOrder = eventStart !== undefined && eventEnd !== undefined && eventEnd > eventStart;
  if (eventStart !== undefined && eventEnd !== undefined && !eventInOrder) {
    report.error('end', `${JSON.stringify(end!.value)} is not after start ${JSON.stringify(start!.value)}; the event must end after it starts.`);
  }

  // Sessions are held against the event only when the event's own times are right:
  // an event that ends before it starts would put every session "outside" it.
  sessions.forEach((session, i) => {
    const st = sessionTimes[i]!;
    if (!isObject(session)) return;
    const s = ms(st.start);
    const e = ms(st.end);
    // A start that is there but wrong (or null) is reported as such, not as missing.
    if (st.end && session.start === undefined) {
      report.error(`sessions[${i}].start`, 'is missing: a session with an end needs a start.');
    }
    if (s !== undefined && e !== undefined && e <= s) {
      report.error(`sessions[${i}].end`, `${JSON.stringify(st.end!.value)} is not after the session's start ${JSON.stringify(st.start!.value)}.`);
      return;
    }
    // An end on the wrong day: 10:00–13:00 written to end the next day lasts 27 hours.
    if (s !== undefined && e !== undefined && e - s > LONG_SESSION) {
      const hours = Math.round((e - s) / 3_600_000);
      report.warn(
        `sessions[${i}].end`,
        `${JSON.stringify(st.end!.value)} is ${hours} hours after the session's start ${JSON.stringify(st.start!.value)}; if the session does not last that long, check the date of its end.`,
      );
    }
    if (!eventInOrder) return;
    const during = `the event (${start!.value} – ${end!.value}); sessions must lie inside the event.`;
    const startOutside = s !== undefined && (s < eventStart || s >= eventEnd);
    const endOutside = e !== undefined && (e <= eventStart || e > eventEnd);
    if (startOutside && endOutside) {
      // One session on the wrong day is one mistake, reported once, where the session starts.
      report.error(`sessions[${i}].start`, `${JSON.stringify(st.start!.value)} – ${JSON.stringify(st.end!.value)} is not inside ${during}`);
    } else if (startOutside) {
      report.error(`sessions[${i}].start`, `${JSON.stringify(st.start!.value)} is outside ${during}`);
    } else if (endOutside) {
      report.error(`sessions[${i}].end`, `${JSON.stringify(st.end!.value)} is outside ${during}`);
    }
  });

  // Ids: unique among sessions; documents may only name sessions that exist.
  // An id that is itself wrong (reported at the session) is neither compared for
  // uniqueness nor held against the documents that copy it.
  const sessionIds = new Map<string, number>();
  const brokenIds = new Set<string>();
  sessions.forEach((s, i) => {
    if (!isObject(s) || typeof s.id !== 'string') return;
    if (s.id.trim() === '' || idProblem(s.id) !== null) {
      brokenIds.add(s.id);
      return;
    }
    const first = sessionIds.get(s.id);
    if (first !== undefined) report.error(`sessions[${i}].id`, `"${s.id}" is already the id of ${report.label(`sessions[${first}]`)}; ids must be unique.`);
    else sessionIds.set(s.id, i);
  });
  // When `sessions` is not a list, or holds something other than sessions, that is
  // reported; a document could be naming the session that is lost there.
  const sessionsReadable = (d.sessions === undefined || Array.isArray(d.sessions)) && sessions.every(isObject);
  const checkSessionRef = (doc: unknown, path: string, owner?: string): void => {
    if (!isObject(doc) || typeof doc.session !== 'string') return;
    if (brokenIds.has(doc.session)) {
      report.drop(`${path}.session`);
      return;
    }
    if (owner !== undefined && doc.session !== owner) {
      report.warn(`${path}.session`, `is "${doc.session}", but the document is listed under session "${owner}"; it is shown under "${owner}".`);
    } else if (owner === undefined && !sessionIds.has(doc.session) && sessionsReadable) {
      const known = [...sessionIds.keys()];
      report.error(
        `${path}.session`,
        `"${doc.session}" is not the id of any session.${known.length ? ` Session ids: ${known.join(', ')}.` : ' Give the session an "id" first.'}`,
      );
    }
  };
  if (Array.isArray(d.documents)) {
    d.documents.forEach((doc, i) => {
      checkSessionRef(doc, `documents[${i}]`);
      checkFileType(doc, `documents[${i}]`, report);
    });
  }
  sessions.forEach((s, i) => {
    if (isObject(s) && Array.isArray(s.documents)) {
      s.documents.forEach((doc, j) => {
        checkSessionRef(doc, `sessions[${i}].documents[${j}]`, typeof s.id === 'string' ? s.id : `#${i + 1}`);
        checkFileType(doc, `sessions[${i}].documents[${j}]`, report);
      });
    }
  });

  // Display zones: each zone once (a zone that is itself wrong is reported as such).
  if (Array.isArray(d.displayZones)) {
    const seen = new Map<string, number>();
    d.displayZones.forEach((row, i) => {
      const zoneId = typeof row === 'string' ? row : isObject(row) && typeof row.zone === 'string' ? row.zone : undefined;
      if (zoneId === undefined || !zoneNamed(zoneId)) return;
      const first = seen.get(zoneId);
      if (first !== undefined) report.warn(`displayZones[${i}]`, `repeats ${zoneId}, already displayZones[${first}]; the row is shown once.`);
      else seen.set(zoneId, i);
    });
  }

  if ((d.status === 'cancelled' || d.status === 'postponed' || d.status === 'rescheduled') && !(typeof d.revision === 'number' && d.revision > 0)) {
    report.warn(
      'status',
      `is "${d.status}", but "revision" is not raised: calendars that added the event ignore the change until it is. Give "revision": 1 (one more than the last published).`,
    );
  }

  // Calendars know an entry by its UID, made from the id. Without one it is made
  // from the title and start: a corrected title or a new date would give visitors
  // who added the event a second entry, and a cancellation would not reach the first.
  if (d.id === undefined) {
    report.warn(
      'id',
      `is missing, so calendars know the event by its title and start: if either changes, visitors who added it get a second entry, and a cancellation does not reach the first. Give it an id that never changes, such as "${suggestedId(d)}".`,
    );
  }

  // A session's calendar entry is known by its id too; without one, by its place in the list.
  sessions.forEach((s, i) => {
    if (isObject(s) && s.id === undefined && s.start !== undefined) {
      report.warn(
        `sessions[${i}]`,
        `has times but no id, so calendars know its entry by its place in the list: a session added or removed before it would give visitors who added the sessions the wrong entries. Give it an id that never changes, such as "session-${i + 1}".`,
      );
    }
  });

  if (d.previousStart !== undefined && d.status !== 'rescheduled') {
    report.warn('previousStart', 'is read only for a rescheduled event; add "status": "rescheduled", or remove it.');
  }

  // Clock changes that make the times easy to get wrong in other documents.
  if (eventInOrder) clockWarnings(d, zoneName, eventStart, eventEnd, report);

  // How people attend, against what the descriptor offers.
  const attendance = typeof d.attendance === 'string' ? d.attendance : undefined;
  if ((attendance === 'in-person' || attendance === 'mixed') && d.venue === undefined) {
    report.warn('venue', `is missing, but attendance is "${attendance}": visitors will not know where to go.`);
  }
  if ((attendance === 'online' || attendance === 'mixed') && d.join === undefined) {
    report.warn('join', `is missing, but attendance is "${attendance}": visitors will have no link to join.`);
  }

  checkJoins(d, sessions, report);
}

/** Document file types, each under the name it goes by ("DOC" for a .docx is no surprise). */
const FILE_TYPES = new Map<string, string>(
  Object.entries({
    pdf: 'pdf', doc: 'doc', docx: 'doc', odt: 'odt', rtf: 'rtf', txt: 'txt', ppt: 'ppt', pptx: 'ppt', odp: 'odp',
    xls: 'xls', xlsx: 'xls', ods: 'ods', csv: 'csv', zip: 'zip', epub: 'epub', jpg: 'jpg', jpeg: 'jpg', png: 'png',
    mp3: 'mp3', mp4: 'mp4',
  }),
);

/**
 * A document whose `format` names one file type ("PDF") while its address ends in
 * another (".docx"): usually an entry copied from the one before with only the
 * address changed. Visitors would be told they are opening one kind of file and
 * get another. Only file types are compared: a format such as "Word" or "PDF, 2
 * MB", and an address that is a page serving the file (".aspx", ".php", none),
 * are left alone.
 */
function checkFileType(doc: unknown, path: string, report: Report): void {
  if (!isObject(doc) || typeof doc.format !== 'string' || typeof doc.url !== 'string') return;
  const named = FILE_TYPES.get(/^\.?(\w+)$/.exec(doc.format.trim())?.[1]?.toLowerCase() ?? '');
  const extension = /\.(\w+)$/.exec(doc.url.replace(/[?#].*$/s, ''))?.[1]?.toLowerCase() ?? '';
  const given = FILE_TYPES.get(extension);
  if (!named || !given || named === given) return;
  report.warn(`${path}.format`, `is "${doc.format}", but the address ends in ".${extension}": visitors are told they are opening a ${doc.format.trim()} file. Correct the format or the address.`);
}

/**
 * The ways in: the event's needs a link unless it is for registered
 * participants; a link for registered participants is never shown, so an
 * address or code written for it is a warning (the descriptor is public); a
 * session's way in needs the session's start.
 */
function checkJoins(d: Json, sessions: readonly unknown[], report: Report): void {
  const hasRegistrationLink = Array.isArray(d.links) && d.links.some((l) => isObject(l) && l.kind === 'registration' && typeof l.url === 'string' && urlProblem(l.url) === null);
  const eventJoin = isObject(d.join) ? d.join : undefined;
  const eventAccess = eventJoin?.access === 'registered' ? 'registered' : 'public';
  const check = (join: Json, path: string, access: string, registration: boolean): void => {
    if (access === 'registered') {
      for (const field of ['url', 'meetingId', 'passcode']) {
        if (typeof join[field] === 'string' && join[field].trim() !== '') {
          report.warn(
            `${path}.${field}`,
            `is never shown: this link is sent to registered participants only ("access": "registered"). Remove it: anyone can read the descriptor.`,
          );
        }
      }
      if (!registration && typeof join.registration !== 'string' && !hasRegistrationLink) {
        report.warn(
          `${path}.access`,
          'is "registered", but there is no "registration" address and no link of kind "registration": visitors are told that the link goes to registered participants, not where to register.',
        );
      }
    }
    if (Array.isArray(join.interpretation)) {
      const seen = new Map<string, number>();
      join.interpretation.forEach((item, i) => {
        if (!isObject(item) || typeof item.lang !== 'string' || !isLanguageTag(item.lang)) return;
        const key = item.lang.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) report.warn(`${path}.interpretation[${i}].lang`, `repeats "${item.lang}", already ${path}.interpretation[${first}]; visitors see the language twice.`);
        else seen.set(key, i);
      });
    }
  };
  if (eventJoin) {
    const url = eventJoin.url;
    if (eventAccess === 'public' && (typeof url !== 'string' || url.trim() === '')) {
      report.error(
        'join.url',
        'is missing: give the address of the online meeting (https:), or, when the link is sent to registered participants only, "access": "registered" and the "registration" address.',
      );
    }
    check(eventJoin, 'join', eventAccess, false);
  }
  sessions.forEach((session, i) => {
    if (!isObject(session) || !isObject(session.join)) return;
    const path = `sessions[${i}].join`;
    const join = session.join;
    const access = join.access === 'registered' || join.access === 'public' ? join.access : eventAccess;
    check(join, path, access, eventAccess === 'registered' && typeof eventJoin?.registration === 'string');
    if (session.start === undefined) {
      report.warn(path, "is never offered: the session has no start. Give the session its times, or move the link to the event's join.");
    } else if (access === 'public' && join.url === undefined && (eventJoin === undefined || typeof eventJoin.url !== 'string')) {
      report.warn(path, 'has no url, and neither has the event\'s join: visitors are told that the link will be published.');
    }
  });
}

/**
 * Warnings (never errors) about clock changes: a zone of the event that changes
 * during it, and two of its zones an unusual distance apart in its weeks (New
 * York and Rome 5 hours apart, not 6, for three weeks in March).
 */
function clockWarnings(d: Json, zoneName: string | undefined, start: number, end: number, report: Report): void {
  // The zones the schedule shows, each with the place that names it.
  const places = new Map<string, string>();
  if (Array.isArray(d.displayZones)) {
    d.displayZones.forEach((row, i) => {
      const zoneId = typeof row === 'string' ? row : isObject(row) && typeof row.zone === 'string' ? row.zone : undefined;
      if (zoneId !== undefined && zoneNamed(zoneId) && !places.has(zoneId)) places.set(zoneId, `displayZones[${i}]`);
    });
  }
  if (zoneName && zoneNamed(zoneName) && !places.has(zoneName)) places.set(zoneName, 'timeZone');
  const zones = [...places.keys()];
  for (const change of clockChanges(zones, start, end)) {
    // The descriptor's times are written in the organizers' zone; a zone only shown has none to check.
    const advice =
      change.zone === zoneName
        ? 'check that the times you wrote for after the change are right'
        : 'the schedule shows its times after that at the new offset; check any times for it you wrote elsewhere';
    report.warn(places.get(change.zone)!, `${change.zone} changes its clocks during the event, on ${isoDate(change.at, change.zone)} (to ${utcOffsetLabel(change.offset)}): ${advice}.`);
  }
  // Zones that keep one clock (Zurich and Rome) are one distance from New York: said once, of the organizers' zone or the first.
  const clocks = oneZoneEachClock(zoneName !== undefined && places.has(zoneName) ? [zoneName, ...zones] : zones, start, end);
  const hours = (minutes: number) => `${minutes / 60}`;
  for (const gap of unusualGaps(clocks, start)) {
    report.warn(
      'start',
      `falls in the weeks when ${gap.behind} is ${hours(gap.minutes)} hours behind ${gap.ahead}, instead of ${gap.usual.map(hours).join(' or ')}: check the times you wrote in other documents.`,
    );
  }
  // A change during the event can begin such weeks too: Zurich goes back on the last Sunday of October, New
  // York a week later, so from then to the end of a meeting across the first, New York is 5 hours behind, not 6.
  for (const change of clockChanges(clocks, start, end)) {
    for (const gap of unusualGaps(clocks, change.at)) {
      // Begun by this change: one of the two is the zone that changes (the distances of others hold from the start).
      if (gap.behind !== change.zone && gap.ahead !== change.zone) continue;
      report.warn(
        'end',
        `falls in the weeks when ${gap.behind} is ${hours(gap.minutes)} hours behind ${gap.ahead}, instead of ${gap.usual.map(hours).join(' or ')} (from ${isoDate(change.at, change.zone)}): check the times you wrote in other documents.`,
      );
    }
  }
}

// ---------------------------------------------------------------- labels

/** Lists whose items editors know by a text of their own, and the field that holds it. */
const NAMED_ITEMS: Readonly<Record<string, string>> = {
  sessions: 'title',
  documents: 'title',
  links: 'label',
  speakers: 'name',
  moderators: 'name',
  organizers: 'name',
  partners: 'name',
  contacts: 'name',
};

const LABEL_LENGTH = 40;

/** An id for an event without one: the first words of its title in Latin letters (of its first such title), and its start's date ("webinar-2020-10-13"). */
function suggestedId(d: Json): string {
  const titles = typeof d.title === 'string' ? [d.title] : isObject(d.title) ? Object.values(d.title) : [];
  let slug = '';
  for (const title of titles) {
    if (typeof title !== 'string') continue;
    const words = title.normalize('NFKD').toLowerCase().replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
    for (const word of words) {
      if (slug && slug.length + word.length > 32) break;
      slug = slug ? `${slug}-${word}` : word;
    }
    if (slug) break;
  }
  const date = typeof d.start === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(d.start)?.[0] : undefined;
  return [slug || 'event', date].filter(Boolean).join('-');
}

/**
 * `path` as editors read it: each item of a list of titled or named things is
 * followed by its title in the descriptor's language, shortened to about 40
 * characters: `sessions[2].start` → `sessions[2] ("Session 2: Building capacities").start`.
 * A path with no such item comes back as it is.
 */
export function labelOf(root: unknown, path: string): string {
  const lang = isObject(root) && typeof root.lang === 'string' && isLanguageTag(root.lang) ? root.lang : 'en';
  const step = /(\.?)([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let value: unknown = root;
  let key: string | undefined;
  let label = '';
  let i = 0;
  while (i < path.length) {
    step.lastIndex = i;
    const m = step.exec(path);
    if (!m) return path;
    i = step.lastIndex;
    label += m[0];
    if (m[3] !== undefined) {
      value = Array.isArray(value) ? value[Number(m[3])] : undefined;
      const field = key === undefined ? undefined : NAMED_ITEMS[key];
      const title = field && isObject(value) ? shortText(value[field], lang) : undefined;
      if (title) label += ` (${JSON.stringify(title)})`;
      key = undefined;
    } else {
      key = m[2] ?? (JSON.parse(m[4]!) as string);
      value = isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
    }
  }
  return label;
}

/** A text of the descriptor in `lang` (else the closest there is), on one line, cut to about 40 characters. */
function shortText(text: unknown, lang: string): string | undefined {
  let picked: string | undefined;
  if (typeof text === 'string') picked = text;
  else if (isObject(text)) {
    const variants = Object.entries(text).filter((v): v is [string, string] => typeof v[1] === 'string' && v[1].trim() !== '');
    picked = new LangText(variants, lang).in(lang);
  }
  // Bidirectional controls in a title would reorder the rest of the line around it.
  const line = picked?.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  const chars = Array.from(line);
  if (chars.length <= LABEL_LENGTH) return line;
  let cut = chars.slice(0, LABEL_LENGTH - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= LABEL_LENGTH / 2) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,.;:–—-]+$/u, '')}…`;
}

// ---------------------------------------------------------------- helpers

/** `sessions[2]` + `start` → `sessions[2].start`; keys that are not plain names are quoted. */
export function childPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function article(name: string): string {
  const words: Record<string, string> = {
    Event: 'the event',
    DisplayZone: 'a display zone',
    Venue: 'the venue',
    Join: 'join',
    Organization: 'an organization',
    Person: 'a person',
    Document: 'a document',
    Link: 'a link',
    Contact: 'a contact',
    Session: 'a session',
  };
  return words[name] ?? name;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
