/**
 * resolve(descriptor) → Event: the descriptor read into what the elements show.
 * Every time becomes an instant (ms since the epoch) beside the organizers'
 * zone, every Text a LangText that can be picked for a language, every address
 * an absolute, checked URL. Only known fields are read, into fresh objects, so
 * nothing a descriptor carries (`__proto__`, `constructor`) reaches a prototype.
 */
import { LangText } from './text.js';
import { isObject, type Json } from './json.js';
import { emailProblem, phoneProblem, safeUrl, telUrl } from './checks.js';
import type { AttendanceMode, DocumentKind, EventStatus, Instant, LinkKind, Problem, ZoneId } from './types.js';
import { readTime } from '../time/instant.js';
import { fixedZoneName, zoneCityText, zoneNamed, zoneSpelling } from '../time/zones.js';

export interface DisplayZone {
  /** IANA id (or a fixed offset zone's name). */
  readonly zone: string;
  readonly label: LangText;
}

export interface PostalAddress {
  readonly streetAddress?: LangText;
  readonly addressLocality?: LangText;
  readonly postalCode?: string;
  readonly addressCountry?: string;
}

export interface Venue {
  readonly name: LangText;
  /** The address as one line (its parts joined by commas when given in parts). */
  readonly address?: LangText;
  /** The address's parts, when the descriptor gives it in parts. */
  readonly postalAddress?: PostalAddress;
  readonly url?: string;
}

export interface Interpretation {
  readonly lang: string;
  readonly label?: LangText;
  /** A stream of its own; absent when unsafe, and for a join for registered participants. */
  readonly url?: string;
  readonly channel?: string;
}

export interface Join {
  /** Absent when the descriptor's address is unsafe (a warning says so), and always for a join for registered participants. */
  readonly url?: string;
  readonly platform?: string;
  readonly label?: LangText;
  readonly opensMinutesBefore: number;
  /** Absent for a join for registered participants. */
  readonly meetingId?: string;
  readonly passcode?: string;
  /** The languages of interpretation, in the descriptor's order. */
  readonly interpretation: readonly Interpretation[];
  /** `registered`: the link goes to registered participants only; none of its addresses or codes is kept. */
  readonly access: 'public' | 'registered';
  /** Where to register (for `registered`): the join's own, else the event's registration link. */
  readonly registration?: string;
}

export interface Organization {
  readonly name: LangText;
  readonly abbreviation?: LangText;
  readonly url?: string;
  readonly logo?: string;
}

export interface Person {
  readonly name: LangText;
  readonly title?: LangText;
  readonly organization?: LangText;
  readonly url?: string;
}

export interface EventDocument {
  readonly title: LangText;
  /** Absent when the descriptor's address is unsafe: the title is shown as text. */
  readonly url?: string;
  readonly kind: DocumentKind;
  readonly language?: string;
  readonly format?: string;
  /** Anchor id of the session the document belongs to. */
  readonly session?: string;
  readonly description?: LangText;
}

export interface Link {
  readonly kind: LinkKind;
  /** Absent when the descriptor's address is unsafe: the label is shown as text. */
  readonly url?: string;
  readonly label?: LangText;
  readonly description?: LangText;
}

export interface Contact {
  readonly name: LangText;
  readonly title?: LangText;
  readonly unit?: LangText;
  readonly organization?: LangText;
  readonly email?: string;
  /** `mailto:` address of `email`, when it is a plain address. */
  readonly emailUrl?: string;
  readonly phone?: string;
  /** `tel:` address of `phone`, when it is a telephone number. */
  readonly phoneUrl?: string;
}

export interface Session {
  /** The descriptor's id, or `session-N`: unique, usable as an anchor. */
  readonly id: string;
  readonly title: LangText;
  readonly description?: LangText;
  /** When the session starts and ends (ms since the epoch), when the descriptor says. */
  readonly start?: Instant;
  readonly end?: Instant;
  readonly speakers: readonly Person[];
  readonly moderators: readonly Person[];
  /** The session's own documents and the event documents that name it. */
  readonly documents: readonly EventDocument[];
  /** The session's own way in, when the descriptor gives one: its fields over the event's `join`. */
  readonly join?: Join;
}

export interface PlenaryEvent {
  /** The descriptor's id, or one derived from its title and start. */
  readonly id: string;
  readonly lang: string;
  readonly title: LangText;
  readonly series?: LangText;
  readonly summary?: LangText;
  readonly description?: LangText;
  /**
   * The organizers' zone: the descriptor's `timeZone` (an IANA id), or, when
   * every time carries an offset and no zone is named, the offset of the start
   * as a fixed zone: `UTC+9`, `UTC-3:30`, `UTC+0`.
   */
  readonly timeZone: ZoneId;
  /** When the event starts and ends (ms since the epoch). */
  readonly start: Instant;
  readonly end: Instant;
  readonly displayZones: readonly DisplayZone[];
  readonly status: EventStatus;
  /** For a rescheduled event, when it was to start before it was moved, when it says. */
  readonly previousStart?: Instant;
  /** How many times the event has changed since first published (0 when not said). */
  readonly revision: number;
  /** When the descriptor was last changed, when it says. */
  readonly updated?: Instant;
  /** Absolute image addresses, in order (none when not given). */
  readonly images: readonly string[];
  readonly attendance: AttendanceMode;
  readonly venue?: Venue;
  readonly join?: Join;
  readonly organizers: readonly Organization[];
  readonly partners: readonly Organization[];
  readonly sessions: readonly Session[];
  readonly speakers: readonly Person[];
  readonly moderators: readonly Person[];
  readonly documents: readonly EventDocument[];
  readonly links: readonly Link[];
  readonly contacts: readonly Contact[];
  /** Address the descriptor was read from, when it came from one. */
  readonly source?: string;
}

export interface ResolveOptions {
  /** Relative addresses in the descriptor are read against this (the descriptor's own URL). */
  readonly baseUrl?: string;
}

/** Thrown by `resolve()` for a descriptor with errors; carries them all. */
export class DescriptorError extends Error {
  readonly errors: readonly Problem[];
  constructor(errors: readonly Problem[]) {
    super(`Invalid event descriptor: ${errors.map((e) => `${e.path || '(descriptor)'}: ${e.message}`).join('; ')}`);
    this.name = 'DescriptorError';
    this.errors = errors;
  }
}

/**
 * The Event of a descriptor that has passed the checks (`validate()`, or the
 * elements' quick check); throws DescriptorError for what it cannot read. To
 * read a descriptor that has not been checked, use `read()` or `resolve()`.
 */
export function resolveChecked(d: Json, options: ResolveOptions = {}): PlenaryEvent {
  const base = options.baseUrl ?? (typeof document !== 'undefined' ? document.baseURI : 'https://plenary.invalid/');
  const lang = str(d.lang) ?? 'en';
  const text = (v: unknown): LangText | undefined => toText(v, lang);
  const url = (v: unknown): string | undefined => {
    const s = str(v);
    return s === undefined ? undefined : (safeUrl(s, base) ?? undefined);
  };
  /** A meeting's address: a web address; an e-mail address would make "Join the meeting" open the visitor's e-mail application. */
  const meetingUrl = (v: unknown): string | undefined => {
    const address = url(v);
    return address?.startsWith('mailto:') ? undefined : address;
  };

  const zoneName = str(d.timeZone);
  const startText = str(d.start)!;
  const endText = str(d.end)!;
  const iana = zoneName ? zoneNamed(zoneName) : null;
  const startRead = readTime(startText, iana);
  const zone: ZoneId = iana ? zoneSpelling(iana.name) : fixedZoneName(startRead.kind === 'instant' ? startRead.offsetMinutes : 0);
  const at = (value: string | undefined): Instant | undefined => {
    if (value === undefined) return undefined;
    const r = readTime(value, iana);
    return 'ms' in r ? r.ms : undefined;
  };

  const person = (p: unknown): Person | undefined => {
    if (!isObject(p)) return undefined;
    return compact({ name: text(p.name)!, title: text(p.title), organization: text(p.organization), url: url(p.url) });
  };
  const people = (v: unknown): Person[] => arr(v).map(person).filter(defined);

  const sessionsIn = arr(d.sessions).filter(isObject);
  const sessionAnchor = new Map<string, string>();
  const anchors = sessionsIn.map((s, i) => {
    const anchor = str(s.id) ?? `session-${i + 1}`;
    if (str(s.id)) sessionAnchor.set(str(s.id)!, anchor);
    return anchor;
  });

  const docOf = (doc: unknown, session?: string): EventDocument | undefined => {
    if (!isObject(doc)) return undefined;
    const named = str(doc.session);
    return compact({
      title: text(doc.title)!,
      url: url(doc.url),
      kind: (str(doc.kind) as DocumentKind | undefined) ?? 'other',
      language: str(doc.language),
      format: str(doc.format),
      session: session ?? (named ? sessionAnchor.get(named) : undefined),
      description: text(doc.description),
    });
  };
  const documents = arr(d.documents).map((doc) => docOf(doc)).filter(defined);

  const registrationLink = arr(d.links).find((l) => isObject(l) && l.kind === 'registration' && url(l.url) !== undefined) as Json | undefined;
  const interpretationOf = (v: unknown): Interpretation[] =>
    arr(v)
      .filter(isObject)
      .map((i) => compact({ lang: str(i.lang)!, label: text(i.label), url: url(i.url), channel: str(i.channel) }))
      .filter((i) => i.lang !== undefined);
  /** A join, its fields over `base`'s (a session's over the event's); a join for registered participants keeps no address or code. */
  const joinOf = (j: Json, base?: Join): Join => {
    const access = str(j.access) === 'registered' ? 'registered' : str(j.access) === 'public' ? 'public' : (base?.access ?? 'public');
    const ownUrl = j.url !== undefined;
    const registered = access === 'registered';
    return compact({
      url: registered ? undefined : ownUrl ? meetingUrl(j.url) : base?.url,
      platform: str(j.platform) ?? base?.platform,
      label: text(j.label) ?? base?.label,
      opensMinutesBefore: typeof j.opensMinutesBefore === 'number' ? j.opensMinutesBefore : (base?.opensMinutesBefore ?? 30),
      // A meeting number and passcode belong to the meeting at their address.
      meetingId: registered ? undefined : (str(j.meetingId) ?? (ownUrl ? undefined : base?.meetingId)),
      passcode: registered ? undefined : (str(j.passcode) ?? (ownUrl ? undefined : base?.passcode)),
      interpretation: (j.interpretation !== undefined ? interpretationOf(j.interpretation) : (base?.interpretation ?? [])).map((i) =>
        registered ? compact({ ...i, url: undefined }) : i,
      ),
      access,
      registration: url(j.registration) ?? base?.registration ?? (registered ? url(registrationLink?.url) : undefined),
    });
  };
  const join = isObject(d.join) ? joinOf(d.join) : undefined;

  const sessions: Session[] = sessionsIn.map((s, i) => {
    const id = anchors[i]!;
    return compact({
      id,
      title: text(s.title)!,
      description: text(s.description),
      start: at(str(s.start)),
      end: at(str(s.end)),
      speakers: people(s.speakers),
      moderators: people(s.moderators),
      documents: [...arr(s.documents).map((doc) => docOf(doc, id)).filter(defined), ...documents.filter((doc) => doc.session === id)],
      join: isObject(s.join) ? joinOf(s.join, join) : undefined,
    });
  });

  const organization = (o: unknown): Organization | undefined =>
    isObject(o) ? compact({ name: text(o.name)!, abbreviation: text(o.abbreviation), url: url(o.url), logo: url(o.logo) }) : undefined;

  const zoneRows = arr(d.displayZones);
  const displayZones: DisplayZone[] = [];
  for (const row of zoneRows.length > 0 ? zoneRows : zoneName ? [zoneName] : []) {
    const written = typeof row === 'string' ? row : isObject(row) ? str(row.zone) : undefined;
    const id = written === undefined ? undefined : zoneSpelling(written);
    if (id === undefined || displayZones.some((z) => z.zone === id)) continue;
    const label = isObject(row) ? text(row.label) : undefined;
    displayZones.push({ zone: id, label: label ?? zoneCityText(id) });
  }

  const rawAddress = isObject(d.venue) ? d.venue.address : undefined;
  const postalAddress =
    isObject(rawAddress) && ['streetAddress', 'addressLocality', 'postalCode', 'addressCountry'].some((k) => Object.hasOwn(rawAddress, k))
      ? compact({
          streetAddress: text(rawAddress.streetAddress),
          addressLocality: text(rawAddress.addressLocality),
          postalCode: str(rawAddress.postalCode),
          addressCountry: str(rawAddress.addressCountry),
        })
      : undefined;
  const venue = isObject(d.venue)
    ? compact({
        name: text(d.venue.name)!,
        address: postalAddress ? addressLine(postalAddress, lang) : text(rawAddress),
        postalAddress,
        url: url(d.venue.url),
      })
    : undefined;

  const contacts: Contact[] = arr(d.contacts)
    .filter(isObject)
    .map((c) => {
      const email = str(c.email);
      const phone = str(c.phone);
      const goodEmail = email !== undefined && emailProblem(email) === null;
      const goodPhone = phone !== undefined && phoneProblem(phone) === null;
      return compact({
        name: text(c.name)!,
        title: text(c.title),
        unit: text(c.unit),
        organization: text(c.organization),
        email,
        emailUrl: goodEmail ? `mailto:${email}` : undefined,
        phone,
        phoneUrl: goodPhone ? telUrl(phone) : undefined,
      });
    });

  const links: Link[] = arr(d.links)
    .filter(isObject)
    .map((l) => compact({ kind: str(l.kind) as LinkKind, url: url(l.url), label: text(l.label), description: text(l.description) }));

  const start = at(startText);
  const end = at(endText);
  if (start === undefined || end === undefined) {
    throw new DescriptorError([{ path: start ? 'end' : 'start', message: 'cannot be read as a moment in time; give a timeZone or an offset.' }]);
  }
  const title = text(d.title)!;

  return compact({
    id: str(d.id) ?? derivedId(title.pick(lang).text, start),
    lang,
    title,
    series: text(d.series),
    summary: text(d.summary),
    description: text(d.description),
    timeZone: zone,
    start,
    end,
    displayZones,
    status: (str(d.status) as EventStatus | undefined) ?? 'scheduled',
    previousStart: str(d.status) === 'rescheduled' ? at(str(d.previousStart)) : undefined,
    revision: typeof d.revision === 'number' ? d.revision : 0,
    updated: at(str(d.updated)),
    images: (Array.isArray(d.image) ? d.image : [d.image]).map(url).filter(defined),
    attendance: (str(d.attendance) as AttendanceMode | undefined) ?? (join ? 'online' : 'in-person'),
    venue,
    join,
    organizers: arr(d.organizers).map(organization).filter(defined),
    partners: arr(d.partners).map(organization).filter(defined),
    sessions,
    speakers: people(d.speakers),
    moderators: people(d.moderators),
    documents,
    links,
    contacts,
    source: options.baseUrl,
  });
}

/** "405 East 42nd Street, 10017 New York, US": the parts of an address as one line, in each language given. */
function addressLine(a: PostalAddress, lang: string): LangText | undefined {
  const langs = new Set([lang, ...(a.streetAddress?.variants ?? []).map(([t]) => t), ...(a.addressLocality?.variants ?? []).map(([t]) => t)]);
  const variants: Array<[string, string]> = [];
  for (const l of langs) {
    const line = [a.streetAddress?.in(l), [a.postalCode, a.addressLocality?.in(l)].filter(Boolean).join(' '), a.addressCountry]
      .filter((p): p is string => p !== undefined && p !== '')
      .join(', ');
    if (line) variants.push([l, line]);
  }
  return variants.length > 0 ? new LangText(variants, lang) : undefined;
}

function toText(value: unknown, lang: string): LangText | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : new LangText([[lang, value]], lang);
  if (!isObject(value)) return undefined;
  const variants = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
  );
  return variants.length > 0 ? new LangText(variants, lang) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

/** The object without its undefined fields (so `'x' in o` means x was given). */
function compact<T extends object>(o: T): T {
  // A new object rather than `delete`, which would leave a slow dictionary-mode object behind.
  const kept = {} as T;
  for (const key of Object.keys(o) as Array<keyof T>) if (o[key] !== undefined) kept[key] = o[key];
  return kept;
}

/** A stable id for an event whose descriptor gives none: FNV-1a of title and start. */
function derivedId(title: string, startMs: number): string {
  let h = 0x811c9dc5;
  for (const ch of `${title}\u0000${startMs}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `event-${h.toString(36)}`;
}
