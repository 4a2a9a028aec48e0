/**
 * The event descriptor, format 1, as a content team writes it (JSON).
 * The JSON Schema in `schema/event.schema.json` describes the same shape.
 */

/** A language tag such as `en`, `fr-CA` or `zh-Hans`. */
export type LanguageTag = string;

/** Plain text, or the same text in several languages: `{ "en": "Webinar", "ko": "웨비나" }`. */
export type Text = string | { readonly [lang: LanguageTag]: string };

/** An IANA time zone such as `Europe/Rome`. */
export type ZoneId = string;

/** ISO 8601: `2020-10-13T07:00` (read in `timeZone`), or with an offset or `Z`. */
export type DateTimeString = string;

/**
 * A moment in time, as the resolved event gives it: milliseconds since
 * 1970-01-01T00:00Z, as `Date.now()` counts (`new Date(instant)` makes a Date of it).
 */
export type Instant = number;

export const EVENT_STATUSES = ['scheduled', 'postponed', 'cancelled', 'rescheduled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ATTENDANCE_MODES = ['online', 'in-person', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const DOCUMENT_KINDS = [
  'concept-note',
  'agenda',
  'talking-points',
  'reference',
  'presentation',
  'report',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const LINK_KINDS = [
  'discussion',
  'recording',
  'registration',
  'website',
  'facebook',
  'x',
  'youtube',
  'blog',
  'rss',
  'other',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface DisplayZoneDescriptor {
  zone: ZoneId;
  label?: Text;
}

/** A postal address in parts, as schema.org's PostalAddress names them. */
export interface PostalAddressDescriptor {
  streetAddress?: Text;
  addressLocality?: Text;
  postalCode?: string;
  addressCountry?: string;
}

export interface VenueDescriptor {
  name: Text;
  address?: Text | PostalAddressDescriptor;
  url?: string;
}

export interface InterpretationDescriptor {
  /** The language interpreted into. */
  lang: LanguageTag;
  /** Shown instead of the language's own name ("Floor (original)"). */
  label?: Text;
  /** A separate stream for this language. */
  url?: string;
  /** The channel of the meeting platform that carries it. */
  channel?: string;
}

export interface JoinDescriptor {
  /** Required unless `access` is `registered` (then never shown). */
  url?: string;
  platform?: string;
  label?: Text;
  opensMinutesBefore?: number;
  meetingId?: string;
  passcode?: string;
  interpretation?: InterpretationDescriptor[];
  /** `registered`: the link is sent to registered participants and never shown. Default `public`. */
  access?: 'public' | 'registered';
  /** Where to register; default: the event's link of kind `registration`. */
  registration?: string;
}

export interface OrganizationDescriptor {
  name: Text;
  abbreviation?: Text;
  url?: string;
  logo?: string;
}

export interface PersonDescriptor {
  name: Text;
  title?: Text;
  organization?: Text;
  url?: string;
}

export interface DocumentDescriptor {
  title: Text;
  url: string;
  kind?: DocumentKind;
  language?: LanguageTag;
  format?: string;
  session?: string;
  description?: Text;
}

export interface LinkDescriptor {
  kind: LinkKind;
  url: string;
  label?: Text;
  description?: Text;
}

export interface ContactDescriptor {
  name: Text;
  title?: Text;
  unit?: Text;
  organization?: Text;
  email?: string;
  phone?: string;
}

export interface SessionDescriptor {
  id?: string;
  title: Text;
  description?: Text;
  start?: DateTimeString;
  end?: DateTimeString;
  speakers?: PersonDescriptor[];
  moderators?: PersonDescriptor[];
  documents?: DocumentDescriptor[];
  /** This session's way in, over the event's `join`: fields not given are the event's. */
  join?: JoinDescriptor;
}

export interface EventDescriptor {
  $schema?: string;
  plenary: 1;
  id?: string;
  lang?: LanguageTag;
  title: Text;
  series?: Text;
  summary?: Text;
  description?: Text;
  timeZone?: ZoneId;
  start: DateTimeString;
  end: DateTimeString;
  displayZones?: Array<ZoneId | DisplayZoneDescriptor>;
  status?: EventStatus;
  /** Increased whenever times, links or status change; default 0. */
  revision?: number;
  /** When the descriptor was last changed: a date-time with an offset or `Z`. */
  updated?: DateTimeString;
  /** One image address or several. */
  image?: string | string[];
  attendance?: AttendanceMode;
  venue?: VenueDescriptor;
  join?: JoinDescriptor;
  organizers?: OrganizationDescriptor[];
  partners?: OrganizationDescriptor[];
  sessions?: SessionDescriptor[];
  speakers?: PersonDescriptor[];
  moderators?: PersonDescriptor[];
  documents?: DocumentDescriptor[];
  links?: LinkDescriptor[];
  contacts?: ContactDescriptor[];
}

/** One problem found in a descriptor: where (`sessions[2].start`) and how to fix it. */
export interface Problem {
  readonly path: string;
  readonly message: string;
  /**
   * The path as editors read it, each titled item followed by its title:
   * `sessions[2] ("Session 2: Building capacities").start`. Present only when
   * the path passes through such an item; `path` stays for tools.
   */
  readonly label?: string;
}

export interface ValidationResult {
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}
