/** Shared by the element tests: the seed descriptor, waiting for elements, and reading what a person sees. */
import { waitUntil } from '@open-wc/testing';

export const SEED_URL = '/examples/unpog-webinar-2020-10-13.json';

let seed: Promise<Record<string, unknown>> | undefined;

/** A fresh copy of the seed descriptor (fetched once). */
export async function seedDescriptor(): Promise<Record<string, unknown>> {
  seed ??= fetch(SEED_URL).then((r) => r.json());
  return structuredClone(await seed);
}

/** The seed with some fields changed. */
export async function seedWith(patch: Record<string, unknown>): Promise<Record<string, unknown>> {
  return { ...(await seedDescriptor()), ...patch };
}

/**
 * A long programme: `count` sessions of `minutes` each, back to back from
 * `start` (ms since the epoch), with ids s1, s2, … and titles "Session 1", ….
 */
export function longProgramme(count: number, minutes: number, start: number) {
  const at = (i: number) => new Date(start + i * minutes * 60_000).toISOString();
  const sessions = Array.from({ length: count }, (_, i) => ({ id: `s${i + 1}`, title: `Session ${i + 1}`, start: at(i), end: at(i + 1) }));
  return { plenary: 1, title: 'Long', start: at(0), end: at(count), sessions };
}

/**
 * A meeting of three days in Rome, Saturday 27 – Monday 29 March 2027, most of
 * whose sessions give no end: each lasts until the next starts that day, the
 * last of a day until that day's latest end, else until the hour the meeting
 * ends (17:00). Rome's clocks go forward in its second night (02:00 CET,
 * UTC+1, becomes 03:00 CEST, UTC+2), so its Sunday lasts 23 hours. In UTC:
 * day 1 08:00–11:30 and 13:00–17:00, the reception from 16:00 (until the
 * afternoon ends, 17:00); day 2 from 07:00 and from 12:00 (until 17:00 CEST,
 * 15:00); day 3 from 07:00 (until the meeting ends, 15:00).
 */
export function romeMeeting() {
  return {
    plenary: 1,
    id: 'rome-2027',
    title: 'Three days in Rome',
    timeZone: 'Europe/Rome',
    start: '2027-03-27T09:00',
    end: '2027-03-29T17:00',
    join: { url: 'https://meet.example.org/rome-2027', platform: 'Zoom' },
    sessions: [
      { id: 'd1-morning', title: 'Saturday morning', start: '2027-03-27T09:00', end: '2027-03-27T12:30' },
      { id: 'd1-afternoon', title: 'Saturday afternoon', start: '2027-03-27T14:00', end: '2027-03-27T18:00' },
      { id: 'd1-reception', title: 'Reception', start: '2027-03-27T17:00' },
      { id: 'd2-opening', title: 'Sunday morning', start: '2027-03-28T09:00' },
      { id: 'd2-groups', title: 'Working groups', start: '2027-03-28T14:00' },
      { id: 'd3-closing', title: 'Closing', start: '2027-03-29T09:00' },
    ],
  };
}

/**
 * A meeting of one day in Geneva with one link, Tuesday 15 June 2027, CEST
 * (UTC+2): the event from 9:00 to 17:00 (07:00–15:00 UTC); its programme starts
 * later, breaks for lunch and ends earlier: the morning from 9:30 to 12:00, the
 * afternoon from 13:30 to 16:30.
 */
export function genevaDay() {
  return {
    plenary: 1,
    id: 'geneva-day-2027',
    title: 'A day in Geneva',
    timeZone: 'Europe/Zurich',
    start: '2027-06-15T09:00',
    end: '2027-06-15T17:00',
    join: { url: 'https://meet.example.org/geneva-day', platform: 'Zoom' },
    sessions: [
      { id: 'morning', title: 'Morning', start: '2027-06-15T09:30', end: '2027-06-15T12:00' },
      { id: 'afternoon', title: 'Afternoon', start: '2027-06-15T13:30', end: '2027-06-15T16:30' },
    ],
  };
}

/**
 * A meeting of three days in Geneva, Monday 15 – Wednesday 17 March 2027,
 * 9:30–17:00 each day (CET, UTC+1: 08:30–16:00 UTC), shown in Geneva and in
 * Honolulu (HST, UTC−10, no summer time), where each day runs from 10:30 PM the
 * day before to 6:00 AM: its days begin there on Sunday 14 – Tuesday 16 March.
 */
export function genevaMeeting() {
  return {
    plenary: 1,
    id: 'geneva-2027',
    title: 'Three days in Geneva',
    timeZone: 'Europe/Zurich',
    start: '2027-03-15T09:30',
    end: '2027-03-17T17:00',
    displayZones: ['Europe/Zurich', 'Pacific/Honolulu'],
    sessions: [15, 16, 17].map((day) => ({ id: `day-${day}`, title: `Day ${day}`, start: `2027-03-${day}T09:30`, end: `2027-03-${day}T17:00` })),
  };
}

/** Waits until a Plenary element has left the loading state (and its inner elements too). */
export async function ready(el: Element): Promise<void> {
  await waitUntil(() => (el as Element & { status?: string }).status !== 'loading', `${el.localName} stayed in loading`, { timeout: 10000 });
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  for (const inner of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (inner.localName.startsWith('plenary-')) await ready(inner);
  }
}

/**
 * The text a sighted person reads in `node`: shadow roots followed; text hidden
 * for screen readers only (`.visually-hidden`), `display: none` and the folded
 * part of a closed `<details>` left out; blocks separated by a space; white
 * space collapsed.
 */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    let block = false;
    if (n instanceof Element) {
      if (n.classList.contains('visually-hidden') || n.localName === 'style' || n.localName === 'script') return;
      const display = getComputedStyle(n).display;
      if (display === 'none') return;
      block = !display.startsWith('inline') && display !== 'contents';
      if (block) parts.push(' ');
      if (n.localName === 'details' && !(n as HTMLDetailsElement).open) {
        const summary = n.querySelector(':scope > summary');
        if (summary) walk(summary);
        parts.push(' ');
        return;
      }
      if (n.shadowRoot) {
        walk(n.shadowRoot);
        if (block) parts.push(' ');
        return;
      }
      if (n.localName === 'slot') {
        for (const assigned of (n as HTMLSlotElement).assignedNodes({ flatten: true })) walk(assigned);
        return;
      }
    }
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    for (const child of n.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The text of `node` as a screen reader reads it: what is hidden from it
 * (`aria-hidden="true"`, `display: none`) left out, what is there for it alone
 * (`.visually-hidden`) kept; white space collapsed, nothing added between
 * elements (two sentences with nothing between them run together, as spoken).
 */
export function spokenText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element) {
      if (n.getAttribute('aria-hidden') === 'true' || n.localName === 'style' || n.localName === 'script') return;
      if (getComputedStyle(n).display === 'none') return;
      if (n.shadowRoot) return walk(n.shadowRoot);
    }
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    for (const child of n.childNodes) walk(child);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Settings given to a browser test run from the shell (`FUZZ_SEED=42 FUZZ_RUNS=500 npx wtr …`):
 * the browser cannot read `process.env`, so web-test-runner.config.js serves them as a module.
 */
export async function testEnv(): Promise<Readonly<Record<string, string | undefined>>> {
  const address = '/__plenary-test-env.js'; // a variable, so TypeScript does not look for the file
  const env = ((await import(address)) as { default: Record<string, string | null> }).default;
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v ?? undefined]));
}

/**
 * A clock the test moves by hand: `Date.now()`, `new Date()`, `setTimeout` and
 * `clearTimeout` read it until `restore()`. `tick(ms)` moves it on and runs, in
 * order, every timer that falls due (and the microtasks each one queues), so a
 * test never waits on the wall clock. `live()` counts the timers still set.
 */
export interface ManualClock {
  now(): number;
  tick(ms: number): Promise<void>;
  live(): number;
  restore(): void;
}

export function manualClock(startMs: number): ManualClock {
  const RealDate = Date;
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  let now = startMs;
  let nextId = 1;
  const timers = new Map<number, { at: number; order: number; run: () => void }>();
  let order = 0;

  class ManualDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now);
      else super(...(args as [number]));
    }
    static override now(): number {
      return now;
    }
  }
  globalThis.Date = ManualDate as DateConstructor;
  window.setTimeout = ((handler: TimerHandler, delay = 0, ...rest: unknown[]) => {
    if (typeof handler !== 'function') throw new Error('manualClock: string timers are not supported');
    const id = nextId++;
    timers.set(id, { at: now + Math.max(0, Number(delay) || 0), order: order++, run: () => (handler as (...a: unknown[]) => void)(...rest) });
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof window.clearTimeout;

  /** Lets promise callbacks and Lit updates queued by a timer run before the next one. */
  const drain = () => new Promise<void>((resolve) => realSetTimeout(resolve, 0));

  return {
    now: () => now,
    live: () => timers.size,
    async tick(ms: number) {
      const target = now + ms;
      for (;;) {
        let due: [number, { at: number; order: number; run: () => void }] | undefined;
        for (const entry of timers) {
          if (entry[1].at > target) continue;
          if (!due || entry[1].at < due[1].at || (entry[1].at === due[1].at && entry[1].order < due[1].order)) due = entry;
        }
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].run();
        await drain();
      }
      now = target;
      await drain();
    },
    restore() {
      globalThis.Date = RealDate;
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    },
  };
}

/** Every element matching `selector` in `root` and in the shadow roots inside it. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [];
  const visit = (r: Element | ShadowRoot) => {
    found.push(...(r.querySelectorAll(selector) as NodeListOf<T>));
    for (const el of r.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}

/**
 * How many times `run` had the browser work out an offset: calls of
 * `Intl.DateTimeFormat.prototype.formatToParts`, through which luxon's zones
 * read a zone's clock.
 */
export function offsetLookups(run: () => void): number {
  const formatToParts = Intl.DateTimeFormat.prototype.formatToParts;
  let calls = 0;
  Intl.DateTimeFormat.prototype.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
    calls++;
    return formatToParts.call(this, date);
  };
  try {
    run();
  } finally {
    Intl.DateTimeFormat.prototype.formatToParts = formatToParts;
  }
  return calls;
}
