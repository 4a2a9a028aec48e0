import { expect } from '@open-wc/testing';
import { certainlyValid } from './quick.js';
import { validate } from './validate.js';

/** The smallest valid descriptor; each case changes one thing. */
const minimal = (): Record<string, unknown> => ({
  plenary: 1,
  title: 'Webinar',
  timeZone: 'America/New_York',
  start: '2020-10-13T07:00',
  end: '2020-10-13T10:20',
});

const withField = (patch: Record<string, unknown>) => ({ ...minimal(), ...patch });
const session = (patch: Record<string, unknown>) => ({ title: 'Opening', start: '2020-10-13T07:00', end: '2020-10-13T08:00', ...patch });

const EXAMPLES = [
  'unpog-webinar-2020-10-13',
  'cancelled-webinar',
  'geneva-meeting-2027',
  'intergovernmental-meeting-2027',
  'hybrid-forum',
  'in-person-meeting',
  'multi-day-symposium',
  'multilingual-consultation',
];

describe('certainlyValid (the elements\' quick check)', () => {
  it('passes every example, so a page with a good descriptor never loads the validator', async () => {
    for (const name of EXAMPLES) {
      const json = await (await fetch(`/examples/${name}.json`)).json();
      expect(validate(json).errors, name).to.deep.equal([]);
      expect(certainlyValid(json), name).to.equal(true);
    }
  });

  // Each has exactly the errors the validator finds, so the quick check must not pass it.
  const withErrors: Record<string, unknown> = {
    'not an object': [],
    'no title': (() => {
      const d = minimal();
      delete d.title;
      return d;
    })(),
    'a null field': withField({ series: null }),
    'an empty required text': withField({ title: '  ' }),
    'a value outside its list': withField({ status: 'canceled' }),
    'a bad id': withField({ id: 'not an id!' }),
    'a bad language tag': withField({ lang: 'english' }),
    'an unknown zone': withField({ timeZone: 'Europe/Atlantis' }),
    'an unreadable time': withField({ start: '13/10/2020 07:00' }),
    'a comment that is not a string': withField({ $comment: 42 }),
    'another format version': withField({ plenary: 2 }),
    'a number out of range': withField({ join: { url: 'https://example.org/j', opensMinutesBefore: -5 } }),
    'a text object with no language': withField({ title: {} }),
    'a text object with a bad tag': withField({ title: { english: 'Webinar' } }),
    'a text object with a number': withField({ title: { en: 7 } }),
    'a required text empty in every language': withField({ title: { fr: ' ' } }),
    'a speaker whose name is empty in every language': withField({ speakers: [{ name: { en: '', fr: ' ' } }] }),
    'a list that is not a list': withField({ sessions: { title: 'Opening' } }),
    'local times and no zone': (() => {
      const d = minimal();
      delete d.timeZone;
      return d;
    })(),
    'an empty zone for local times': withField({ timeZone: '' }),
    'a time in the skipped hour': withField({ start: '2020-03-08T02:30', end: '2020-03-08T05:00' }),
    'an end before the start': withField({ end: '2020-10-13T06:00' }),
    'a former start in the skipped hour': withField({ status: 'rescheduled', previousStart: '2020-03-08T02:30' }),
    'a session outside the event': withField({ sessions: [session({ start: '2020-10-13T11:00', end: '2020-10-13T12:00' })] }),
    'a session ending after the event': withField({ sessions: [session({ end: '2020-10-13T11:00' })] }),
    'a session that ends before it starts': withField({ sessions: [session({ start: '2020-10-13T08:00', end: '2020-10-13T07:30' })] }),
    'a session with an end and no start': withField({ sessions: [{ title: 'Opening', end: '2020-10-13T08:00' }] }),
    'two sessions with one id': withField({ sessions: [session({ id: 's1' }), session({ id: 's1', title: 'Again' })] }),
    'a document naming no session': withField({ documents: [{ title: 'Note', url: 'note.pdf', session: 's9' }], sessions: [session({ id: 's1' })] }),
    'a public join with no link': withField({ join: { platform: 'Zoom' } }),
    'a public join with an empty link': withField({ join: { url: ' ' } }),
    'a session join with a bad access': withField({ sessions: [session({ join: { access: 'members' } })], join: { url: 'https://example.org/j' } }),
    'an interpretation with no language': withField({ join: { url: 'https://example.org/j', interpretation: [{ channel: '2' }] } }),
  };
  for (const [what, json] of Object.entries(withErrors)) {
    it(`does not pass ${what}`, () => {
      expect(validate(json).errors.length, 'the validator finds an error').to.be.above(0);
      expect(certainlyValid(json)).to.equal(false);
    });
  }

  // Warnings only: the elements show these, so the validator need not load.
  const withWarnings: Record<string, unknown> = {
    'an unknown field': withField({ titel: 'Webinar' }),
    'an unsafe address': withField({ join: { url: 'javascript:alert(1)' } }),
    'an empty optional text': withField({ series: '' }),
    'an optional text empty in every language': withField({ series: { en: ' ' } }),
    'one empty language beside a filled one': withField({ title: { en: 'Webinar', fr: '' } }),
    'a repeated display zone': withField({ displayZones: ['Europe/Rome', 'Europe/Rome'] }),
    'a time that happens twice': withField({ start: '2020-11-01T01:30', end: '2020-11-01T05:00' }),
    'a link written for registered participants': withField({ join: { access: 'registered', url: 'https://example.org/j', registration: 'https://example.org/r' } }),
    'a session join on a session with no times': withField({ join: { url: 'https://example.org/j' }, sessions: [{ title: 'Opening', join: { url: 'https://example.org/s' } }] }),
    'a language of interpretation twice': withField({ join: { url: 'https://example.org/j', interpretation: [{ lang: 'fr' }, { lang: 'fr' }] } }),
    'every time with an offset, and no zone': (() => {
      const d = withField({ start: '2020-10-13T07:00-04:00', end: '2020-10-13T10:20-04:00' });
      delete d.timeZone;
      return d;
    })(),
  };
  for (const [what, json] of Object.entries(withWarnings)) {
    it(`passes ${what} (a warning, not an error)`, () => {
      const { errors, warnings } = validate(json);
      expect(errors, 'errors').to.deep.equal([]);
      if (what !== 'every time with an offset, and no zone') expect(warnings.length, 'warnings').to.be.above(0);
      expect(certainlyValid(json)).to.equal(true);
    });
  }
});
