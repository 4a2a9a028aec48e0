/**
 * The starting descriptors `plenary new` writes: every field of format 1 with
 * realistic values (or, with `--multi-session`, a meeting of three days whose
 * sessions have their own times and links, interpretation and a closed day),
 * and `$comment` notes saying what to change. Each passes validation as it is,
 * with no warning.
 */
import { SCHEMA_ID } from '../descriptor/schema.js';
import { validate } from '../descriptor/validate.js';

const DAY = 86_400_000;
/** How far ahead the starters are dated, so that they are always in the future. */
const SIX_WEEKS = 42;

type Descriptor = Record<string, unknown>;

/** The date (YYYY-MM-DD) `days` days after `ms`. */
function dateAfter(ms: number, days: number): string {
  return new Date(ms + days * DAY).toISOString().slice(0, 10);
}

/**
 * What `build` makes for the first of the dates `first`, `first + step`, … (in
 * days after `now`) that gives no warning. A date six weeks ahead can fall during
 * a clock change, or in the weeks between two zones' changes (New York is 5 hours
 * behind Geneva, not 6, for three weeks in March), which the validator rightly
 * warns about; a starter should pass clean, so it moves on a little.
 */
function firstQuietDate(now: number, first: number, step: number, build: (day: number) => Descriptor): Descriptor {
  for (let days = first; days < first + 26 * 7; days += step) {
    const descriptor = build(now + days * DAY);
    if (validate(descriptor).warnings.length === 0) return descriptor;
  }
  return build(now + first * DAY);
}

export function starterDescriptor(now = Date.now()): Descriptor {
  return firstQuietDate(now, SIX_WEEKS, 1, (ms) => oneDay(dateAfter(ms, 0)));
}

function oneDay(day: string): Descriptor {
  return {
    $schema: SCHEMA_ID,
    $comment: 'A Plenary event descriptor. Change every value, delete the fields you do not need, then run: npx plenary validate <this file>',
    plenary: 1,
    id: `expert-group-meeting-${day}`,
    lang: 'en',
    title: {
      en: 'Expert Group Meeting on Digital Government for Resilient Public Services',
      fr: "Réunion du groupe d'experts sur l'administration numérique au service de services publics résilients",
    },
    series: 'Capacity Development Workshop Series',
    summary: 'Experts and officials review how digital government can keep public services running through crises, and agree on recommendations for Member States.',
    description:
      'Background paragraph: why the meeting is held and what came before it.\n\nSecond paragraph: what the meeting will produce. Blank lines separate paragraphs; no HTML.',
    timeZone: 'Europe/Zurich',
    start: `${day}T14:00`,
    end: `${day}T16:30`,
    displayZones: [{ zone: 'Europe/Zurich', label: 'Geneva' }, 'America/New_York', { zone: 'Asia/Seoul', label: { en: 'Seoul', ko: '서울' } }, 'Africa/Nairobi'],
    status: 'scheduled',
    attendance: 'mixed',
    venue: {
      name: 'Palais des Nations, Room XXIV',
      address: 'Avenue de la Paix 8-14, 1211 Geneva, Switzerland',
      url: 'https://www.ungeneva.org/en/practical-information/visit',
    },
    join: {
      $comment: 'The link appears opensMinutesBefore minutes before the start.',
      url: 'https://zoom.example.org/j/1234567890',
      platform: 'Zoom',
      label: { en: 'Join online', fr: 'Participer en ligne' },
      opensMinutesBefore: 30,
      meetingId: '123 456 7890',
      passcode: 'EGM2026',
    },
    organizers: [
      {
        name: 'United Nations Department of Economic and Social Affairs',
        abbreviation: 'UN DESA',
        url: 'https://www.un.org/en/desa',
        logo: 'https://example.org/logos/un-desa.svg',
      },
    ],
    partners: [{ name: 'International Telecommunication Union', abbreviation: 'ITU', url: 'https://www.itu.int/' }],
    sessions: [
      {
        $comment: 'Session times are local times in timeZone, inside the event.',
        id: 'opening',
        title: 'Opening and objectives',
        description: 'Welcome, objectives of the meeting and adoption of the programme.',
        start: `${day}T14:00`,
        end: `${day}T14:20`,
        moderators: [{ name: 'Ms. Jane Doe', title: 'Chief, Digital Government Branch', organization: 'UN DESA' }],
      },
      {
        id: 'panel',
        title: 'Panel: keeping services running in a crisis',
        description: 'Country experiences, followed by questions from the room and online.',
        start: `${day}T14:20`,
        end: `${day}T16:00`,
        speakers: [
          { name: 'Mr. John Roe', title: 'Minister of Digital Affairs', organization: 'Republic of Examplia', url: 'https://example.org/minister' },
          { name: 'Dr. Amina Example', title: 'Director', organization: 'National Digital Agency' },
        ],
        documents: [{ title: 'Talking points of the panellists', url: 'https://example.org/egm/talking-points.pdf', kind: 'talking-points', format: 'PDF', language: 'en' }],
      },
      { id: 'closing', title: 'Recommendations and closing', start: `${day}T16:00`, end: `${day}T16:30` },
    ],
    speakers: [{ name: 'Mr. Li Example', title: 'Under-Secretary-General', organization: 'United Nations' }],
    moderators: [{ name: 'Ms. Jane Doe', title: 'Chief, Digital Government Branch', organization: 'UN DESA' }],
    documents: [
      { title: 'Concept note', url: 'https://example.org/egm/concept-note.pdf', kind: 'concept-note', format: 'PDF', language: 'en' },
      { title: 'Note conceptuelle', url: 'https://example.org/egm/note-conceptuelle.pdf', kind: 'concept-note', format: 'PDF', language: 'fr' },
      { title: 'Programme', url: 'https://example.org/egm/programme.pdf', kind: 'agenda', format: 'PDF' },
      {
        title: 'Background paper',
        url: 'https://example.org/egm/background.pdf',
        kind: 'reference',
        format: 'PDF',
        description: 'Prepared for the meeting by the secretariat.',
      },
      { title: 'Panel slides', url: 'https://example.org/egm/panel-slides.pptx', kind: 'presentation', format: 'PPTX', session: 'panel' },
    ],
    links: [
      { kind: 'registration', url: 'https://example.org/egm/register', label: 'Register to attend in person' },
      { kind: 'website', url: 'https://example.org/egm' },
      { kind: 'discussion', url: 'https://example.org/egm/forum', label: 'Online discussion board', description: 'For questions before and after the meeting.' },
      { kind: 'youtube', url: 'https://www.youtube.com/@example' },
    ],
    contacts: [
      {
        name: 'Ms. Jane Doe',
        title: 'Chief, Digital Government Branch',
        unit: 'Division for Public Institutions and Digital Government',
        organization: 'UN DESA',
        email: 'jane.doe@un.org',
        phone: '+1 212 963 1234',
      },
    ],
  };
}

/**
 * The starting descriptor of `plenary new --multi-session`: an online
 * intergovernmental meeting from a Monday to a Wednesday, at least six weeks
 * ahead, two sessions a day in New York time.
 */
export function multiSessionDescriptor(now = Date.now()): Descriptor {
  const toMonday = (8 - new Date(now + SIX_WEEKS * DAY).getUTCDay()) % 7;
  return firstQuietDate(now, SIX_WEEKS + toMonday, 7, (ms) => threeDays(dateAfter(ms, 0), dateAfter(ms, 1), dateAfter(ms, 2)));
}

function threeDays(day1: string, day2: string, day3: string): Descriptor {
  return {
    $schema: SCHEMA_ID,
    $comment:
      'A Plenary event descriptor for a meeting of several days: each session with its times, some with a link of their own, interpretation, and a closed day whose links go to registered participants. Change every value, delete the fields you do not need, then run: npx plenary validate <this file>',
    plenary: 1,
    id: `intergovernmental-meeting-${day1}`,
    lang: 'en',
    title: {
      en: 'Intergovernmental Working Group on Data for Sustainable Development, fifth session',
      fr: 'Groupe de travail intergouvernemental sur les données au service du développement durable, cinquième session',
      es: 'Grupo de trabajo intergubernamental sobre datos para el desarrollo sostenible, quinto período de sesiones',
    },
    series: 'Intergovernmental Working Group on Data for Sustainable Development',
    summary:
      'Member States review national experiences of sharing data across government and agree on recommendations. Three days online, with interpretation into the six official languages of the United Nations; the second day is for registered participants only.',
    description:
      'Background paragraph: the mandate of the working group and its earlier sessions.\n\nSecond paragraph: what this session will adopt. Blank lines separate paragraphs; no HTML.',
    timeZone: 'America/New_York',
    start: `${day1}T10:00`,
    end: `${day3}T17:00`,
    displayZones: [
      { zone: 'America/New_York', label: 'New York' },
      { zone: 'Europe/Zurich', label: 'Geneva' },
      'Africa/Nairobi',
      'Asia/Bangkok',
      { zone: 'Asia/Shanghai', label: { en: 'Beijing', zh: '北京' } },
    ],
    status: 'scheduled',
    attendance: 'online',
    join: {
      $comment:
        'The way in for every session without a "join" of its own. A session\'s own join replaces the fields it gives and keeps the others (such as the interpretation); the meetingId and passcode here go only with this url.',
      url: 'https://meetings.example.org/j/9876543210',
      platform: 'Zoom',
      opensMinutesBefore: 30,
      meetingId: '987 654 3210',
      passcode: 'IGWG5',
      interpretation: [
        {
          $comment:
            'One entry per language: "channel" names its channel in the meeting, or "url" gives a separate stream. The first is the floor, each speaker\'s own language ("mul": several languages); the others are named in their own language unless given a "label".',
          lang: 'mul',
          label: { en: 'Floor (original)', fr: 'Langue originale', es: 'Idioma original', ar: 'لغة المتكلم', zh: '原声', ru: 'Язык оригинала' },
          channel: 'Floor',
        },
        { lang: 'ar', channel: 'Arabic' },
        { lang: 'zh', channel: 'Chinese' },
        { lang: 'en', channel: 'English' },
        { lang: 'fr', channel: 'French' },
        { lang: 'ru', channel: 'Russian' },
        { lang: 'es', channel: 'Spanish' },
      ],
    },
    organizers: [{ name: 'United Nations Department of Economic and Social Affairs', abbreviation: 'UN DESA', url: 'https://www.un.org/en/desa' }],
    sessions: [
      {
        $comment: 'Session times are local times in timeZone, inside the event. Each day here has a morning and an afternoon session.',
        id: 'day-1-opening',
        title: 'Opening of the session and adoption of the agenda',
        description: 'Statements by the Chair and the secretariat; adoption of the agenda and the programme of work.',
        start: `${day1}T10:00`,
        end: `${day1}T13:00`,
        moderators: [{ name: 'H.E. Ms. Jane Doe', title: 'Chair of the Working Group' }],
        join: {
          $comment: 'A meeting of its own for this session: its link, meeting ID and opening time replace the event\'s; its interpretation is the event\'s.',
          url: 'https://meetings.example.org/j/1111111111',
          meetingId: '111 111 1111',
          opensMinutesBefore: 60,
        },
      },
      {
        id: 'day-1-debate',
        title: 'General debate',
        description: 'Statements by Member States and observers, in the order of the list of speakers.',
        start: `${day1}T15:00`,
        end: `${day1}T18:00`,
      },
      {
        $comment:
          'The second day is closed: its links are sent to registered participants, and the page says so and links to the registration. Write no url, meetingId or passcode here: anyone can read this file. "registration" defaults to the event\'s link of kind "registration".',
        id: 'day-2-consultations',
        title: 'Informal consultations on the draft recommendations (closed)',
        start: `${day2}T10:00`,
        end: `${day2}T13:00`,
        join: { access: 'registered', registration: 'https://example.org/igwg-5/register' },
      },
      {
        id: 'day-2-drafting',
        title: 'Drafting group (closed)',
        start: `${day2}T15:00`,
        end: `${day2}T18:00`,
        join: { access: 'registered' },
        documents: [{ title: 'Draft recommendations', url: 'https://example.org/igwg-5/draft-recommendations.pdf', kind: 'other', format: 'PDF', language: 'en' }],
      },
      {
        id: 'day-3-adoption',
        title: 'Adoption of the recommendations and of the report',
        start: `${day3}T10:00`,
        end: `${day3}T13:00`,
        join: { url: 'https://meetings.example.org/j/3333333333', meetingId: '333 333 3333' },
      },
      { id: 'day-3-closing', title: 'Closing of the session', start: `${day3}T15:00`, end: `${day3}T17:00` },
    ],
    documents: [
      { title: 'Provisional agenda', url: 'https://example.org/igwg-5/agenda.pdf', kind: 'agenda', format: 'PDF', language: 'en' },
      { title: 'Ordre du jour provisoire', url: 'https://example.org/igwg-5/ordre-du-jour.pdf', kind: 'agenda', format: 'PDF', language: 'fr' },
      { title: 'Report of the fourth session', url: 'https://example.org/igwg-4/report.pdf', kind: 'report', format: 'PDF' },
    ],
    links: [
      { kind: 'registration', url: 'https://example.org/igwg-5/register', label: 'Register to take part' },
      { kind: 'website', url: 'https://example.org/igwg-5' },
    ],
    contacts: [{ name: 'Secretariat of the Working Group', organization: 'UN DESA', email: 'igwg-secretariat@example.org' }],
  };
}
