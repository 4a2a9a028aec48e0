// Property-based fuzzing with fast-check: 10,000 descriptors a run, made from the
// examples by deleting, retyping, duplicating and corrupting fields, with zones
// from the whole IANA list (and invalid ones) and times around daylight-saving
// changes, through validate(), resolve() and the render of every element.
// The seed is printed; replay a failure with ?seed=<n> … or by setting FUZZ_SEED below.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import { validate } from '../src/descriptor/validate.js';
import { read } from '../src/descriptor/resolve.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { deepQueryAll } from './helpers.js';

/** Waits for an element and every element inside it to finish updating (faster than polling). */
async function settle(el: PlenaryElement): Promise<PlenaryElement[]> {
  for (let round = 0; round < 100; round++) {
    await el.updateComplete;
    const all = [el, ...(deepQueryAll(el, '*').filter((e) => e.localName.startsWith('plenary-')) as PlenaryElement[])];
    await Promise.all(all.map((e) => e.updateComplete));
    if (all.every((e) => e.status !== 'loading')) return all;
    await new Promise((r) => setTimeout(r, 0));
  }
  throw new Error(`${el.localName} did not settle`);
}

const RUNS = 10_000;
const RENDER_EVERY = 1; // every generated descriptor is rendered
const FUZZ_SEED: number | undefined = undefined;
const seed = FUZZ_SEED ?? Date.now() % 2 ** 31;

const EXAMPLES = ['unpog-webinar-2020-10-13', 'in-person-meeting', 'hybrid-forum', 'multi-day-symposium', 'cancelled-webinar', 'multilingual-consultation'];
const ZONES = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
const BAD_ZONES = ['Mars/Olympus', '+03:00', 'UTC+3', 'Europe/Rom', '', 'america/new york'];
const CORRUPT = ['', ' ', '<img src=x onerror="window.__fuzzed=1">', 'ئەو 한국어 中文 Русский', '\u0000\u0007\u202e', 'x'.repeat(5000), '😀👩🏽‍💻', '2021-03-28T02:30', 'javascript:alert(1)', '{}', '\\n\\n'];
const FORBIDDEN_TEXT = /Invalid DateTime|\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/;

type Json = unknown;

/** Every path (as a list of keys) into a JSON value. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function parentOf(root: Json, path: Array<string | number>): [Record<string | number, unknown>, string | number] | undefined {
  if (path.length === 0) return undefined;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return [node, path[path.length - 1]!];
}

/** A local time near a daylight-saving change (last Sundays of March and October, first of April and November). */
const dstTime = fc
  .record({ year: fc.integer({ min: 2019, max: 2031 }), month: fc.constantFrom(3, 4, 10, 11), day: fc.integer({ min: 1, max: 31 }), hour: fc.integer({ min: 0, max: 3 }), minute: fc.constantFrom(0, 15, 30, 45) })
  .map(({ year, month, day, hour, minute }) => `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, 30)).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: fc.constantFrom<Json>(null, 0, -1, 1.5, true, 'text', [], {}, [1, 2], { en: 'x' }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('corrupt' as const), at: fc.nat(), value: fc.constantFrom(...CORRUPT) }),
  fc.record({ kind: fc.constant('zone' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...ZONES), fc.constantFrom(...BAD_ZONES)) }),
  fc.record({ kind: fc.constant('time' as const), at: fc.nat(), value: dstTime }),
);

type Mutation = { kind: 'delete' | 'retype' | 'duplicate' | 'corrupt' | 'zone' | 'time'; at: number; value?: unknown };

function mutate(base: Json, mutations: readonly Mutation[]): Json {
  const root = structuredClone(base) as Record<string, unknown>;
  for (const m of mutations) {
    const all = paths(root).filter((p) => p.length > 0);
    if (all.length === 0) break;
    const path = all[m.at % all.length]!;
    const place = parentOf(root, path);
    if (!place) continue;
    const [parent, key] = place;
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'retype':
      case 'corrupt':
        parent[key] = structuredClone(m.value);
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

describe('fuzzing', function () {
  this.timeout(600_000);
  let bases: Json[] = [];
  const thrown: string[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.message);

  const quiet = console.warn;
  let warned = 0;

  before(async () => {
    // Each descriptor with errors is logged once by the element: count those, do not print 10,000 of them.
    console.warn = () => warned++;
    console.log(`fuzz seed ${seed}: ${RUNS} descriptors (replay by setting FUZZ_SEED in test/fuzz.test.ts)`);
    bases = await Promise.all(EXAMPLES.map(async (n) => (await fetch(`/examples/${n}.json`)).json()));
    window.addEventListener('error', onError);
  });
  after(() => {
    console.warn = quiet;
    window.removeEventListener('error', onError);
  });

  it(`${RUNS} mutated descriptors: validate and resolve never throw, every element ends ready or error with sound text and times`, async () => {
    let rendered = 0;
    let ready_ = 0;
    let errors = 0;
    const host = document.createElement('div');
    host.style.width = '800px';
    document.body.append(host);
    await fc.assert(
      fc.asyncProperty(fc.nat(EXAMPLES.length - 1), fc.array(mutation, { minLength: 1, maxLength: 2 }), fc.constantFrom('en', 'ar', 'fr', 'ko'), async (which, mutations, lang) => {
        const json = mutate(bases[which], mutations as Mutation[]);
        const result = validate(json);
        const outcome = read(json);
        if (outcome.ok) {
          expect(Number.isFinite(outcome.event.start) && Number.isFinite(outcome.event.end)).to.equal(true);
          expect(result.errors).to.deep.equal([]);
        }
        if (rendered++ % RENDER_EVERY !== 0) return;
        const el = document.createElement('plenary-event') as PlenaryElement;
        el.setAttribute('now', '2020-10-13T10:45Z');
        el.setAttribute('zone', 'America/New_York');
        el.lang = lang;
        el.event = json;
        host.append(el);
        const everything = await settle(el);
        for (const e of everything) expect(e.status, e.localName).to.be.oneOf(['ready', 'error']);
        if (el.status === 'ready') ready_++;
        else errors++;
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
        el.remove();
      }),
      { numRuns: RUNS, seed, endOnFailure: true },
    );
    host.remove();
    expect(thrown, 'errors thrown into the page').to.deep.equal([]);
    expect((window as { __fuzzed?: unknown }).__fuzzed).to.equal(undefined);
    console.log(`fuzz: ${rendered} descriptors, ${rendered} rendered (${ready_} shown, ${errors} with errors; ${warned} console warnings)`);
    expect(rendered).to.equal(RUNS);
  });
});
