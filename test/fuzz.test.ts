// Property-based fuzzing with fast-check: 10,000 descriptors a run, made from the
// examples by deleting, retyping, duplicating and corrupting fields, by writing
// odd but valid text, zones from the whole IANA list (and invalid ones) and times
// around daylight-saving changes, each shown at a moment before, during or after
// the event, in a visitor's zone from the IANA list, in four languages.
//
// What must hold for each: read() agrees with validate(); a descriptor without
// errors ends `ready` in the whole event page and in every element inside it,
// each showing its content (no error box, no "could not render" warning); a
// descriptor with errors ends in the error box listing exactly validate()'s
// errors. Replay a run with the seed it prints:
//   FUZZ_SEED=<seed> npx wtr --config web-test-runner.config.js --files test/fuzz.test.ts
// FUZZ_RUNS sets the number of descriptors (default 10,000).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import { validate } from '../src/descriptor/validate.js';
import { read } from '../src/descriptor/read.js';
import { certainlyValid } from '../src/descriptor/quick.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { deepQueryAll, testEnv } from './helpers.js';

const env = await testEnv();

function whole(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}; found "${value}"`);
  return n;
}

const RUNS = whole('FUZZ_RUNS', env.FUZZ_RUNS, 1) ?? 10_000;
const seed = whole('FUZZ_SEED', env.FUZZ_SEED, -(2 ** 31)) ?? Date.now() % 2 ** 31;
const REPLAY = `FUZZ_SEED=${seed} FUZZ_RUNS=${RUNS} npx wtr --config web-test-runner.config.js --files test/fuzz.test.ts`;

/** Waits for an element and every element inside it to finish updating (faster than polling). */
async function settle(el: PlenaryElement): Promise<PlenaryElement[]> {
  // Ten seconds, not a number of rounds: a language's strings the test server
  // compiles on first request can take longer than a few hundred rounds of tasks.
  const deadline = performance.now() + 10_000;
  while (performance.now() < deadline) {
    await el.updateComplete;
    const all = [el, ...(deepQueryAll(el, '*').filter((e) => e.localName.startsWith('plenary-')) as PlenaryElement[])];
    await Promise.all(all.map((e) => e.updateComplete));
    if (all.every((e) => e.status !== 'loading')) return all;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${el.localName} did not settle within 10 seconds`);
}

const EXAMPLES = ['unpog-webinar-2020-10-13', 'in-person-meeting', 'hybrid-forum', 'multi-day-symposium', 'cancelled-webinar', 'multilingual-consultation', 'intergovernmental-meeting-2027'];
const ZONES = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
const BAD_ZONES = ['Mars/Olympus', '+03:00', 'UTC+3', 'Europe/Rom', '', 'america/new york'];
const CORRUPT = ['', ' ', '<img src=x onerror="window.__fuzzed=1">', 'ئەو 한국어 中文 Русский', '\u0000\u0007\u202e', 'x'.repeat(5000), '😀👩🏽‍💻', '2021-03-28T02:30', 'javascript:alert(1)', '{}', '\\n\\n'];
/** Text a person might really write into a text field: valid, but hard to show. */
const ODD_TEXT: unknown[] = [
  '<img src=x onerror="window.__fuzzed=1">',
  'ئەو 한국어 中文 Русский',
  'x'.repeat(5000),
  '😀👩🏽‍💻',
  'First paragraph.\n\nSecond paragraph.\n\nThird paragraph.',
  '${title} {{title}} %s',
  'مؤتمر الحوكمة الفعالة',
  { en: 'In English', fr: 'En français', ar: 'بالعربية' },
  { fr: 'Seulement en français' },
];
/** Fields whose value is text shown to visitors. */
const TEXT_KEYS = new Set(['title', 'summary', 'description', 'series', 'name', 'address', 'label', 'organization', 'abbreviation']);
/** Fields a descriptor may leave out. */
const OPTIONAL_KEYS = new Set(['summary', 'description', 'series', 'displayZones', 'speakers', 'moderators', 'sessions', 'documents', 'links', 'contacts', 'partners', 'abbreviation', 'platform', 'meetingId', 'passcode', 'address', 'organization', 'format', 'language', 'status']);
const FORBIDDEN_TEXT = /Invalid DateTime|\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/;

type Json = unknown;
type Key = string | number;

/** Every path (as a list of keys) into a JSON value. */
function paths(value: Json, prefix: Key[] = []): Key[][] {
  const out: Key[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function parentOf(root: Json, path: Key[]): [Record<Key, unknown>, Key] | undefined {
  if (path.length === 0) return undefined;
  let node = root as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  return [node, path[path.length - 1]!];
}

/** A local time near a daylight-saving change (last Sundays of March and October, first of April and November). */
const dstTime = fc
  .record({ year: fc.integer({ min: 2019, max: 2031 }), month: fc.constantFrom(3, 4, 10, 11), day: fc.integer({ min: 1, max: 31 }), hour: fc.integer({ min: 0, max: 3 }), minute: fc.constantFrom(0, 15, 30, 45) })
  .map(({ year, month, day, hour, minute }) => `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, 30)).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

// Weighted so that most descriptors stay valid (and so are shown, not just refused):
// the kinds below the line keep a descriptor valid, or nearly always do.
const mutation = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.constantFrom<Json>(null, 0, -1, 1.5, true, 'text', [], {}, [1, 2], { en: 'x' }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('corrupt' as const), at: fc.nat(), pick: fc.nat(CORRUPT.length - 1) }) },
  // ----
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('zone' as const), at: fc.nat(), value: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ZONES) }, { weight: 1, arbitrary: fc.constantFrom(...BAD_ZONES) }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('time' as const), at: fc.nat(), value: dstTime }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('text' as const), at: fc.nat(), pick: fc.nat(ODD_TEXT.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('leave-out' as const), at: fc.nat() }) },
);

/** `pick` chooses a value of CORRUPT or ODD_TEXT by index, so a counterexample prints short. */
type Mutation = { kind: 'delete' | 'retype' | 'duplicate' | 'corrupt' | 'zone' | 'time' | 'text' | 'leave-out'; at: number; value?: unknown; pick?: number };

function mutate(base: Json, mutations: readonly Mutation[]): Json {
  const root = structuredClone(base) as Record<string, unknown>;
  for (const m of mutations) {
    let all = paths(root).filter((p) => p.length > 0);
    if (m.kind === 'text') all = all.filter((p) => TEXT_KEYS.has(String(p[p.length - 1])) && typeof parentOf(root, p)![0][p[p.length - 1]!] === 'string');
    if (m.kind === 'leave-out') all = all.filter((p) => OPTIONAL_KEYS.has(String(p[p.length - 1])));
    if (all.length === 0) continue;
    const path = all[m.at % all.length]!;
    const place = parentOf(root, path);
    if (!place) continue;
    const [parent, key] = place;
    switch (m.kind) {
      case 'delete':
      case 'leave-out':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'retype':
        parent[key] = structuredClone(m.value);
        break;
      case 'corrupt':
        parent[key] = CORRUPT[m.pick!];
        break;
      case 'text':
        parent[key] = structuredClone(ODD_TEXT[m.pick!]);
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
        else parent[`${String(key)}Copy`] = structuredClone(parent[key]);
        break;
      case 'zone':
        root.timeZone = m.value;
        if (Array.isArray(root.displayZones) && root.displayZones.length > 0) root.displayZones[0] = m.value;
        break;
      case 'time':
        root.start = m.value;
        root.end = String(m.value).replace(/T(\d\d)/, (_: string, h: string) => `T${String(Math.min(Number(h) + 3, 23)).padStart(2, '0')}`);
        break;
    }
  }
  return root;
}

/** 24-hour "HH:mm" of an en-US time text such as "11:00 PM". */
function clock24(text: string): string | undefined {
  const m = /(\d{1,2}):(\d{2})\s*(AM|PM)/.exec(text);
  if (!m) return undefined;
  const hour = (Number(m[1]) % 12) + (m[3] === 'PM' ? 12 : 0);
  return `${String(hour).padStart(2, '0')}:${m[2]}`;
}

/** Every string a text value may be shown as: the string, or each language's. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()];
  if (value && typeof value === 'object') return Object.values(value).filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  return [];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The descriptor as JSON for a failure message, long strings cut. */
function printable(json: Json): string {
  return JSON.stringify(json, (_, v: unknown) => (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}… (${v.length} characters)` : v), 1).slice(0, 20_000);
}

/** The moment shown: before the join window, in it, while live, or after the end (of the event as resolved). */
type Moment = 'days-before' | 'window' | 'live' | 'after';
function momentOf(moment: Moment, start: number, end: number): string {
  const ms = { 'days-before': start - 2 * 86_400_000 - 3_600_000, window: start - 10 * 60_000, live: Math.min(start + 60_000, end - 1), after: end + 3_600_000 }[moment];
  return new Date(ms).toISOString();
}

describe('fuzzing', function () {
  this.timeout(1_800_000);
  let bases: Json[] = [];
  const thrown: string[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => thrown.push(String(e.reason));

  const realWarn = console.warn;
  /** "Plenary: the event could not be shown" with the problems: what a descriptor with errors should cause, once each. */
  let refusals = 0;
  /** Faults of Plenary's own, caught and shown as an error box instead of the event. */
  const faults: string[] = [];
  let otherWarnings = 0;

  before(async () => {
    console.warn = (...args: unknown[]) => {
      const message = String(args[0]);
      if (/^Plenary: the event .*could not be shown\./s.test(message)) {
        refusals++;
        return;
      }
      if (/could not render|scheduled update failed/.test(message)) faults.push(`${message} ${String(args[1] ?? '')}`);
      else otherWarnings++;
      realWarn.apply(console, args);
    };
    console.log(`fuzz seed ${seed}: ${RUNS} descriptors. Replay: ${REPLAY}`);
    bases = await Promise.all(EXAMPLES.map(async (n) => (await fetch(`/examples/${n}.json`)).json()));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    console.warn = realWarn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it(`${RUNS} mutated descriptors: a valid one is shown by every element, one with errors lists exactly those errors`, async () => {
    let rendered = 0;
    let valid = 0;
    let quickPassed = 0;
    const host = document.createElement('div');
    host.style.width = '800px';
    document.body.append(host);
    const property = fc.asyncProperty(
      fc.nat(EXAMPLES.length - 1),
      fc.array(mutation, { minLength: 1, maxLength: 2 }),
      fc.constantFrom('en', 'ar', 'fr', 'ko'),
      fc.constantFrom(...ZONES),
      fc.constantFrom<Moment>('days-before', 'window', 'live', 'after'),
      async (which, mutations, lang, zone, moment) => {
        const json = mutate(bases[which], mutations as Mutation[]);
        const { errors } = validate(json);
        const outcome = read(json);
        // The elements' quick check passes only what the validator finds no error in.
        const quick = certainlyValid(json);
        if (quick) expect(errors, 'errors in a descriptor the quick check passed').to.deep.equal([]);
        if (quick) quickPassed++;
        const now = outcome.ok ? momentOf(moment, outcome.event.start, outcome.event.end) : '2020-10-13T10:45Z';
        const faultsBefore = faults.length;
        const el = document.createElement('plenary-event') as PlenaryElement;
        try {
          expect(outcome.ok, `read() ${outcome.ok ? 'accepted' : 'refused'} it, validate() found ${errors.length} errors`).to.equal(errors.length === 0);
          if (outcome.ok) expect(Number.isFinite(outcome.event.start) && Number.isFinite(outcome.event.end)).to.equal(true);
          el.setAttribute('now', now);
          el.setAttribute('zone', zone);
          el.lang = lang;
          el.event = json;
          host.append(el);
          const everything = await settle(el);
          rendered++;
          if (errors.length === 0) {
            valid++;
            const d = json as Record<string, unknown>;
            // The calendar offers nothing once the event has ended (a cancelled or postponed one never ends: its update is offered).
            const noCalendar = moment === 'after' && d.status !== 'cancelled' && d.status !== 'postponed';
            for (const e of everything) {
              expect(e.status, `<${e.localName}> for a valid descriptor`).to.equal('ready');
              expect(e.shadowRoot!.querySelector('[part=error]')?.textContent ?? null, `<${e.localName}> shows an error box`).to.equal(null);
              const content = (e.shadowRoot!.textContent ?? '').trim();
              if (e.localName === 'plenary-calendar' && noCalendar) expect(content, '<plenary-calendar> after the end or when called off').to.equal('');
              else expect(content, `<${e.localName}> shows nothing`).not.to.equal('');
              if (e.localName === 'plenary-calendar' && !noCalendar) expect(e.shadowRoot!.querySelectorAll('a[href]').length, 'calendar links').to.be.at.least(1);
            }
            const tags = everything.map((e) => e.localName);
            expect(tags, 'elements of the event page').to.include.members(['plenary-card', 'plenary-join', 'plenary-calendar', 'plenary-schedule']);
            const card = everything.find((e) => e.localName === 'plenary-card')!;
            const title = (card.shadowRoot!.querySelector('[part=title]')?.textContent ?? '').trim();
            expect(textsOf(d.title), 'the card shows the title').to.include(title);
            const sessions = Array.isArray(d.sessions) ? d.sessions : [];
            if (sessions.length > 0) {
              const agenda = everything.find((e) => e.localName === 'plenary-agenda');
              expect(agenda, 'the agenda of an event with sessions').to.not.equal(undefined);
              const shown = [...agenda!.shadowRoot!.querySelectorAll('[part=session-title]')].map((h) => (h.textContent ?? '').trim());
              expect(shown.length, 'one entry per session').to.equal(sessions.length);
              // Every session once, under one of its titles. In the agenda's order, which is by day in the
              // visitor's zone, the first day first (agenda.test.ts), not the descriptor's when that lists a
              // later day first.
              const notShown = sessions.map((s) => textsOf((s as Record<string, unknown>).title));
              for (const title of shown) {
                const i = notShown.findIndex((titles) => titles.includes(title));
                expect(i, `"${title}" is the title of a session not shown above it`).to.be.at.least(0);
                notShown.splice(i, 1);
              }
            }
          } else {
            expect(el.status, 'a descriptor with errors').to.equal('error');
            const listed = [...el.shadowRoot!.querySelectorAll('[part=error] li')].map((li) => squash(li.textContent ?? ''));
            expect(listed, 'the problems listed').to.deep.equal(errors.map((e) => squash(e.path ? `${e.label ?? e.path}: ${e.message}` : e.message)));
          }
          expect(faults.slice(faultsBefore), 'Plenary faults while rendering').to.deep.equal([]);
          for (const e of everything) {
            const text = e.shadowRoot!.textContent ?? '';
            const own = JSON.stringify(json);
            const bad = FORBIDDEN_TEXT.exec(text);
            if (bad && !own.includes(bad[0])) expect.fail(`${e.localName} shows "${bad[0]}": ${text.slice(Math.max(0, bad.index - 80), bad.index + 80)}`);
            for (const t of e.shadowRoot!.querySelectorAll('time')) {
              const datetime = t.getAttribute('datetime') ?? '';
              expect(datetime, `${e.localName} <time>`).to.match(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
              expect(Number.isNaN(Date.parse(datetime.length === 10 ? `${datetime}T00:00Z` : datetime))).to.equal(false);
              const shown = lang === 'en' ? clock24(t.textContent ?? '') : undefined;
              if (shown && datetime.length > 10) expect(shown, `${e.localName}: "${t.textContent}" vs ${datetime}`).to.equal(datetime.slice(11, 16));
            }
          }
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          throw new Error(`${why}\n  shown in ${lang}, zone ${zone}, now ${now}; descriptor (example ${EXAMPLES[which]}, ${JSON.stringify(mutations).slice(0, 400)}):\n${printable(json)}`);
        } finally {
          el.remove();
        }
      },
    );
    try {
      await fc.assert(property, { numRuns: RUNS, seed, endOnFailure: true });
    } catch (error) {
      // fast-check's message names the seed and the counterexample; the failure itself is its cause.
      const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
      throw new Error(`fuzz failed; replay with ${REPLAY}\n${error instanceof Error ? error.message : String(error)}${cause}`);
    } finally {
      host.remove();
    }
    expect(thrown, 'errors thrown into the page').to.deep.equal([]);
    expect((window as { __fuzzed?: unknown }).__fuzzed).to.equal(undefined);
    const share = valid / rendered;
    console.log(
      `fuzz: ${rendered} descriptors rendered, ${valid} valid (${(share * 100).toFixed(1)}%) and shown by every element, ${rendered - valid} with errors listed; ${quickPassed} passed the quick check; ${refusals} refusals logged, ${otherWarnings} other warnings`,
    );
    expect(rendered).to.equal(RUNS);
    // Most descriptors must be valid, or the run mostly tests the error box.
    if (RUNS >= 200) expect(share, 'share of valid descriptors').to.be.at.least(0.5);
    // And most valid ones pass the quick check, or pages would load the validator for good descriptors.
    if (RUNS >= 200) expect(quickPassed / valid, 'share of valid descriptors the quick check passes').to.be.at.least(0.9);
  });
});
