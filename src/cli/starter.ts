/**
 * The starting descriptor `plenary new` writes: every field of format 1 with
 * realistic values, and `$comment` notes saying what to change. It passes
 * validation as it is.
 */
import { SCHEMA_ID } from '../descriptor/schema.js';

/** Six weeks from `now`, as a date (YYYY-MM-DD), so the example is always in the future. */
function inSixWeeks(now: number, days = 0): string {
  return new Date(now + (42 + days) * 86_400_000).toISOString().slice(0, 10);
}

export function starterDescriptor(now = Date.now()): Record<string, unknown> {
  const day = inSixWeeks(now);
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
