/**
 * The one table of every field of format 1. `validate()` walks it to check a
 * descriptor's shape, and `schema.ts` turns it into the published JSON Schema,
 * so the two cannot disagree about which fields exist or what they hold.
 *
 * The table carries each field's documentation, which only editors need: the
 * elements check a descriptor against `shape.ts`, the same table without it,
 * which `npm run build` writes from this one (scripts/write-shape.js).
 */
import { ATTENDANCE_MODES, DOCUMENT_KINDS, EVENT_STATUSES, LINK_KINDS } from './types.js';

/** Formats of string fields, each checked by `validate()` beyond its JSON type. */
export type StringFormat = 'url' | 'meeting' | 'email' | 'phone' | 'zone' | 'datetime' | 'lang' | 'id';

/** What a value may be; `F` is what an object says of each of its fields (documented or not). */
export type Spec<F = Field> =
  | { readonly type: 'string'; readonly format?: StringFormat; readonly enum?: readonly string[] }
  | { readonly type: 'text' }
  | { readonly type: 'integer'; readonly minimum: number; readonly maximum: number }
  | { readonly type: 'version'; readonly value: number }
  | { readonly type: 'object'; readonly name: string; readonly fields: Readonly<Record<string, F>> }
  | { readonly type: 'array'; readonly items: Spec<F> }
  | { readonly type: 'union'; readonly options: readonly Spec<F>[] };

/** A field as the elements check it: what it holds, and whether it must be there. */
export interface ShapeField {
  readonly spec: Spec<ShapeField>;
  readonly required?: boolean;
}

/** A field as editors read about it. */
export interface Field {
  readonly spec: Spec;
  readonly description: string;
  readonly required?: boolean;
  readonly examples?: readonly unknown[];
  readonly default?: unknown;
  /** For enums: what each value means (documentation and editor hover help). */
  readonly enumDescriptions?: Readonly<Record<string, string>>;
}

const string = (format?: StringFormat): Spec => (format ? { type: 'string', format } : { type: 'string' });
const text: Spec = { type: 'text' };
const oneOf = (values: readonly string[]): Spec => ({ type: 'string', enum: values });
const arrayOf = (items: Spec): Spec => ({ type: 'array', items });

const person: Spec = {
  type: 'object',
  name: 'Person',
  fields: {
    name: { spec: text, required: true, description: 'Full name as it should be shown, with any honorific.', examples: ['Mr. Juwang Zhu'] },
    title: { spec: text, description: 'Position or role.', examples: ['Director'] },
    organization: { spec: text, description: 'Organization the person represents.', examples: ['UN DESA'] },
    url: { spec: string('url'), description: 'A page about the person (https:).' },
  },
};

const document: Spec = {
  type: 'object',
  name: 'Document',
  fields: {
    title: { spec: text, required: true, description: 'Title of the document as shown in the list.', examples: ['Concept note'] },
    url: { spec: string('url'), required: true, description: 'Address of the document (https:, http:, or relative to the descriptor).' },
    kind: {
      spec: oneOf(DOCUMENT_KINDS),
      description: 'What the document is; documents are grouped by kind.',
      default: 'other',
      enumDescriptions: {
        'concept-note': 'The concept note: background, objectives and format of the event.',
        agenda: 'The programme or agenda.',
        'talking-points': "Speakers' talking points, usually per session.",
        reference: 'Reference or background material.',
        presentation: 'Slides or other presentation material.',
        report: 'A report or summary, often published after the event.',
        other: 'Anything else.',
      },
    },
    language: { spec: string('lang'), description: 'Language of the document, as a language tag.', examples: ['en', 'fr', 'ko'] },
    format: { spec: string(), description: 'File format shown beside the title.', examples: ['PDF', 'DOCX', 'PPTX'] },
    session: { spec: string('id'), description: 'The `id` of the session this document belongs to.', examples: ['session-1'] },
    description: { spec: text, description: 'A sentence about the document, shown under its title.' },
  },
};

const link: Spec = {
  type: 'object',
  name: 'Link',
  fields: {
    kind: {
      spec: oneOf(LINK_KINDS),
      required: true,
      description: 'What the link leads to; links are grouped by kind.',
      enumDescriptions: {
        discussion: 'An online discussion board or forum for the event.',
        recording: 'The recording, once the event has ended.',
        registration: 'The registration form, offered until the event ends.',
        website: "The event's or organizer's website.",
        facebook: 'A Facebook page.',
        x: 'An X (Twitter) account.',
        youtube: 'A YouTube channel or video.',
        blog: 'A blog.',
        rss: 'An RSS feed.',
        other: 'Anything else.',
      },
    },
    url: { spec: string('url'), required: true, description: 'Address of the link (https:, http:, mailto:, or relative to the descriptor).' },
    label: { spec: text, description: 'Text of the link; default: a name for its kind.', examples: ['Online Discussion Board (Knowledge Platform)'] },
    description: { spec: text, description: 'A sentence about the link, shown beside it.' },
  },
};

const organization: Spec = {
  type: 'object',
  name: 'Organization',
  fields: {
    name: { spec: text, required: true, description: 'Full name of the organization.', examples: ['United Nations Department of Economic and Social Affairs'] },
    abbreviation: { spec: text, description: 'Short name or acronym. No element shows it: write the name as it should be read in `name`.', examples: ['UN DESA'] },
    url: { spec: string('url'), description: "The organization's website (https:)." },
    logo: { spec: string('url'), description: "Address of the organization's logo image (https:, or relative to the descriptor), for search engines (the structured data); no element shows it." },
  },
};

const contact: Spec = {
  type: 'object',
  name: 'Contact',
  fields: {
    name: { spec: text, required: true, description: 'Full name, with any honorific.', examples: ['Ms. Adriana Alberti'] },
    title: { spec: text, description: 'Position or job title.', examples: ['Chief, Programme Management and Capacity Development Unit'] },
    unit: { spec: text, description: 'Unit, division or office.', examples: ['DPIDG/UN DESA'] },
    organization: { spec: text, description: 'Organization; contacts are grouped by it, in the order they first appear.' },
    email: { spec: string('email'), description: 'E-mail address, without `mailto:`.', examples: ['alberti@un.org'] },
    phone: { spec: string('phone'), description: 'Telephone number in international form.', examples: ['+1 212 963 1234'] },
  },
};

const postalAddress: Spec = {
  type: 'object',
  name: 'PostalAddress',
  fields: {
    streetAddress: { spec: text, description: 'Street and number.', examples: ['405 East 42nd Street'] },
    addressLocality: { spec: text, description: 'City or town.', examples: ['New York'] },
    postalCode: { spec: string(), description: 'Postal code.', examples: ['10017'] },
    addressCountry: { spec: string(), description: 'Country: its two-letter ISO 3166 code, or its name.', examples: ['US'] },
  },
};

const interpretation: Spec = {
  type: 'object',
  name: 'Interpretation',
  fields: {
    lang: { spec: string('lang'), required: true, description: 'The language interpreted into, as a language tag; it is named in its own language ("français", "العربية").', examples: ['fr', 'ar', 'zh'] },
    label: { spec: text, description: 'A name shown instead of the language\'s own, such as "Floor (original)".', examples: [{ en: 'Floor (original)', fr: 'Langue originale' }] },
    url: { spec: string('url'), description: 'A separate stream for this language (https:), such as a UN Web TV channel.' },
    channel: { spec: string(), description: 'The channel, inside the meeting platform, that carries this language.', examples: ['2', 'French'] },
  },
};

/** The join of the event (`url` required unless `access` is `registered`, a rule of validate()) or of a session (every field optional: taken from the event's). */
function join(name: string, opensDescription: string): Spec {
  return {
    type: 'object',
    name,
    fields: {
      url: { spec: string('meeting'), description: 'Address of the online meeting (https:), not an e-mail address. Never shown when `access` is `registered`.' },
      platform: { spec: string(), description: 'Name of the meeting platform, shown on the join button.', examples: ['WebEx', 'Zoom', 'Microsoft Teams'] },
      label: { spec: text, description: 'Text of the join button; default: "Join the meeting".' },
      opensMinutesBefore: {
        spec: { type: 'integer', minimum: 0, maximum: 10080 },
        description: opensDescription,
        default: 30,
        examples: [30],
      },
      meetingId: { spec: string(), description: 'Meeting number, shown beside the link.', examples: ['170 123 4567'] },
      passcode: { spec: string(), description: 'Meeting password, shown beside the link.' },
      interpretation: {
        spec: arrayOf(interpretation),
        description: 'The languages interpretation is offered in, each a separate stream (`url`) or a channel of the meeting (`channel`). Listed under the join button, the visitor\'s language first.',
      },
      access: {
        spec: oneOf(['public', 'registered']),
        description: 'Who gets the meeting link.',
        default: 'public',
        enumDescriptions: {
          public: 'The link is shown on the page.',
          registered: 'The link is sent to registered participants: the page says so and links to the registration; `url`, `meetingId` and `passcode` are never shown.',
        },
      },
      registration: { spec: string('url'), description: 'Where to register, for `"access": "registered"`; default: the event\'s link of kind `registration`.' },
    },
  };
}

const session: Spec = {
  type: 'object',
  name: 'Session',
  fields: {
    id: { spec: string('id'), description: 'Stable id, unique among sessions; used for anchors and to attach documents.', examples: ['session-1'] },
    title: { spec: text, required: true, description: 'Title of the session.' },
    description: { spec: text, description: 'What the session covers; blank lines separate paragraphs.' },
    start: { spec: string('datetime'), description: 'Start, inside the event; local time in `timeZone`, or with an offset.', examples: ['2020-10-13T07:00'] },
    end: {
      spec: string('datetime'),
      description:
        "End, after `start` and inside the event. Without it, the session is shown as under way until the next session starts (for the last, until the event's end) when that is the same day in `timeZone` or before 4:00 the next morning (a programme that runs on past midnight); otherwise until the latest end of that day's sessions, else until the hour the event ends (its time of day, that day) when that comes after the session's start, else until midnight: never through the night.",
      examples: ['2020-10-13T08:10'],
    },
    speakers: { spec: arrayOf(person), description: 'Speakers of this session, in speaking order.' },
    moderators: { spec: arrayOf(person), description: 'Moderators of this session.' },
    documents: { spec: arrayOf(document), description: 'Documents of this session, such as its talking points.' },
    join: {
      spec: join('SessionJoin', "How many minutes before the session's `start` its link appears."),
      description:
        "How to join this session, when it differs from the event's `join`: a field not given here is the event's (but `meetingId` and `passcode` only with the event's `url`). A session needs a start for its link to be offered; without an end, the link is offered until the session ends as `end` describes.",
    },
  },
};

export const DESCRIPTOR_FIELDS: Readonly<Record<string, Field>> = {
  $schema: { spec: string(), description: 'Address of this JSON Schema, so editors offer completion and help.' },
  plenary: {
    spec: { type: 'version', value: 1 },
    required: true,
    description: 'Version of the descriptor format. This build reads format 1.',
    examples: [1],
  },
  id: {
    spec: string('id'),
    description: 'Stable id of the event: used for the calendar entry, so a re-published event updates in calendars instead of appearing twice.',
    examples: ['unpog-webinar-2020-10-13'],
  },
  lang: { spec: string('lang'), description: 'Language of the texts written as plain strings.', default: 'en', examples: ['en', 'fr', 'ko'] },
  title: { spec: text, required: true, description: 'Title of the event.', examples: ['Accelerating Digital Transformation', { en: 'Webinar', ko: '웨비나' }] },
  series: { spec: text, description: 'The series the event belongs to.', examples: ['Capacity Development Webinar Series'] },
  summary: { spec: text, description: 'One paragraph that says what the event is for.' },
  description: { spec: text, description: 'The full description; blank lines separate paragraphs.' },
  timeZone: {
    spec: string('zone'),
    description: "The organizers' IANA time zone; local times are read in it. Required unless every time carries an offset.",
    examples: ['America/New_York', 'Europe/Rome', 'Asia/Seoul'],
  },
  start: {
    spec: string('datetime'),
    required: true,
    description: 'Start: local time in `timeZone` (`2020-10-13T07:00`), or with an offset or `Z`.',
    examples: ['2020-10-13T07:00', '2020-10-13T11:00Z'],
  },
  end: { spec: string('datetime'), required: true, description: 'End, after `start`; same forms as `start`.', examples: ['2020-10-13T10:20'] },
  displayZones: {
    spec: arrayOf({
      type: 'union',
      options: [
        string('zone'),
        {
          type: 'object',
          name: 'DisplayZone',
          fields: {
            zone: { spec: string('zone'), required: true, description: 'IANA time zone of the row.', examples: ['Pacific/Fiji'] },
            label: { spec: text, description: "Name of the row; default: the zone's city.", examples: ['Fiji'] },
          },
        },
      ],
    }),
    description: "Rows of the schedule, in order: IANA zones, or { zone, label }. Default: `timeZone` alone. A row without a label is named after the zone's city.",
    examples: [['America/New_York', 'Europe/Rome', { zone: 'Pacific/Fiji', label: 'Fiji' }]],
  },
  status: {
    spec: oneOf(EVENT_STATUSES),
    description: 'Whether the event goes ahead.',
    default: 'scheduled',
    enumDescriptions: {
      scheduled: 'Goes ahead as planned.',
      postponed: 'Postponed to a date not yet known: no join link is shown.',
      cancelled: 'Cancelled: no join link is shown.',
      rescheduled: 'Moved to the `start` and `end` given here.',
    },
  },
  previousStart: {
    spec: string('datetime'),
    description: 'For a rescheduled event: when it was to start before it was moved; same forms as `start`. Search engines show the change.',
    examples: ['2020-10-06T07:00'],
  },
  revision: {
    spec: { type: 'integer', minimum: 0, maximum: 1000000 },
    description: 'How many times the event has been changed since it was first published: increase it whenever times, links or status change, so calendars that added the event take the change (the SEQUENCE of the calendar file).',
    default: 0,
    examples: [0, 1],
  },
  updated: {
    spec: string('datetime'),
    description: 'When the descriptor was last changed, with an offset or `Z` (the DTSTAMP of the calendar file). Default: the time the file is downloaded.',
    examples: ['2026-09-01T10:00Z'],
  },
  image: {
    spec: { type: 'union', options: [string('url'), arrayOf(string('url'))] },
    description: 'One image of the event, or a list (https:, or relative to the descriptor), for search engines and link previews; no element shows it.',
    examples: ['https://example.org/symposium-2026/banner.jpg'],
  },
  attendance: {
    spec: oneOf(ATTENDANCE_MODES),
    description: 'How people attend. Default: `online` when `join` is given, else `in-person`.',
    enumDescriptions: { online: 'Online only.', 'in-person': 'At the venue only.', mixed: 'At the venue and online.' },
  },
  venue: {
    spec: {
      type: 'object',
      name: 'Venue',
      fields: {
        name: { spec: text, required: true, description: 'Name of the place.', examples: ['United Nations Headquarters, Conference Room 4'] },
        address: {
          spec: { type: 'union', options: [postalAddress, text] },
          description: 'Postal address: one line of text, or its parts (which search engines read as a schema.org PostalAddress).',
          examples: ['405 East 42nd Street, New York, NY 10017, USA', { streetAddress: '405 East 42nd Street', addressLocality: 'New York', postalCode: '10017', addressCountry: 'US' }],
        },
        url: { spec: string('url'), description: 'A map or page about the place (https:).' },
      },
    },
    description: 'Where the event takes place, for in-person and mixed events.',
  },
  join: {
    spec: join('Join', 'How many minutes before `start` the join link appears.'),
    description:
      'How to join online: the meeting link, or, for a meeting whose link is sent to registered participants, `"access": "registered"` and where to register. `url` is required unless `access` is `registered`.',
  },
  organizers: { spec: arrayOf(organization), description: 'Organizers, in the order they are credited.' },
  partners: { spec: arrayOf(organization), description: 'Partners, in the order they are credited.' },
  sessions: { spec: arrayOf(session), description: 'Sessions, in order.' },
  speakers: { spec: arrayOf(person), description: 'Speakers of the event as a whole.' },
  moderators: { spec: arrayOf(person), description: 'Moderators of the event as a whole.' },
  documents: { spec: arrayOf(document), description: 'Documents: concept note, agenda, talking points, reference material, …' },
  links: { spec: arrayOf(link), description: 'Links: discussion board, recording, registration, website, social media.' },
  contacts: { spec: arrayOf(contact), description: 'People to contact, grouped by `organization` in the order given.' },
};

export const DESCRIPTOR_SPEC: Spec = { type: 'object', name: 'Event', fields: DESCRIPTOR_FIELDS };
