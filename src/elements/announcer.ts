/**
 * One polite live region for the whole page, through which the elements say
 * what changed — "The meeting is open: you can join now.", "Session 2 has
 * started.", "This event has been postponed." — once, however many elements
 * show the event, and never the ticking countdown.
 *
 * Each element tells `noticeMoment` where the event is at each render; the
 * first time it only takes note. When the moment differs from the last one
 * said for that event, the words are said; when the event's times changed (a
 * descriptor refreshed while the page is open moved it), the new time is said
 * first; when only its programme's times changed (a session moved, added or
 * taken out), that is said instead. Several elements showing one event notice
 * the same change: the first says it, the others find it said. An element that
 * shows only the event's times and status (the schedule, the calendar) says
 * only those, and only when no element that shows the rest has said the change
 * by the end of the same updates: on a page where it stands alone (a "Time
 * zones" column), a cancellation or a new date is heard all the same.
 */

/** A moment of an event and what to say when it comes. */
export interface Moment {
  /** Equal for equal moments: "open:session-2", "postponed". */
  readonly key: string;
  /** The way in offered at this moment, if any: a new one within one moment is a change too. */
  readonly link?: string;
  /** What to say when the moment comes; empty: nothing to say. */
  readonly words: string;
  /** What to say when only the link changed. */
  readonly linkWords?: string;
  /** The event's times at this moment ("start/end" in ms); undefined when none is kept (cancelled, postponed). */
  readonly when?: string;
  /** The new time in words, said when `when` changed; worked out only then. */
  readonly whenWords?: () => string;
  /** The times of the programme's sessions; undefined when none is kept (cancelled, postponed). */
  readonly programme?: string;
  /** What changed in the programme, said when `programme` changed and `when` did not; given the programme seen before. */
  readonly programmeWords?: (before: string) => string;
  /** The language of the words. */
  readonly lang: string;
  /** Noticed by an element that shows only the event's times and status: it leaves the saying to the others, if they say it. */
  readonly timesOnly?: boolean;
}

interface Seen {
  readonly key: string;
  readonly link: string;
  readonly when: string;
  readonly programme?: string;
}

interface Page {
  region?: HTMLElement;
  /** The last moment said or seen, per event: its key, link, times and programme. */
  readonly last: Map<string, string>;
}

/** Shared by every copy of Plenary on the page. */
const PAGE = Symbol.for('plenary.announcer');

function page(): Page {
  const holder = globalThis as unknown as Record<symbol, Page | undefined>;
  return (holder[PAGE] ??= { last: new Map() });
}

/** What each element saw last: its first render only takes note. */
const seen = new WeakMap<object, Seen>();

/** `element` shows event `eventId` at `moment`: say it, if it is a change nobody has said yet. */
export function noticeMoment(element: object, eventId: string, moment: Moment): void {
  const now: Seen = { key: moment.key, link: moment.link ?? '', when: moment.when ?? '', programme: moment.programme };
  const full = `${now.key}\u0000${now.link}\u0000${now.when}\u0000${now.programme ?? ''}`;
  const before = seen.get(element);
  seen.set(element, now);
  const shared = page();
  region(shared);
  if (before === undefined) {
    if (!shared.last.has(eventId)) shared.last.set(eventId, full);
    return;
  }
  const same = before.key === now.key && before.link === now.link && before.when === now.when && before.programme === now.programme;
  if (same || shared.last.get(eventId) === full) return;
  // The event moved: its new time first ("… rescheduled: Wednesday, October 14, 2020, 7:00 – 10:20 AM your time"), then what the moment says.
  const moved = now.when !== '' && before.when !== now.when ? moment.whenWords?.() : undefined;
  // Only its programme changed ("Session 2 now takes place on …"), the event going ahead: the event's new time, when it moved, says enough.
  const reprogrammed = !moved && before.programme !== undefined && before.programme !== now.programme ? moment.programmeWords?.(before.programme) : undefined;
  const words = before.key === now.key ? (before.link === now.link ? undefined : moment.linkWords) : moment.words;
  const said = [moved, reprogrammed, words].filter((w) => w).join(' ');
  if (!moment.timesOnly) {
    shared.last.set(eventId, full);
    if (said) say(shared, said, moment.lang);
    return;
  }
  // The other elements showing the event update in the same turn (they follow the same refresh or clock):
  // what they say, with the link and the programme, is said instead when one of them does.
  if (!said) return;
  queueMicrotask(() => {
    if (shared.last.get(eventId) === full) return;
    shared.last.set(eventId, full);
    say(shared, said, moment.lang);
  });
}

/** The page's live region (made once, at the end of the body, out of sight). */
function region(shared: Page): HTMLElement | undefined {
  if (shared.region?.isConnected) return shared.region;
  if (typeof document === 'undefined' || !document.body) return undefined;
  const el = document.createElement('div');
  el.setAttribute('role', 'status');
  el.setAttribute('aria-live', 'polite');
  el.dataset.plenaryAnnouncer = '';
  // Styles through the CSSOM, which a strict Content Security Policy allows.
  Object.assign(el.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  });
  document.body.append(el);
  shared.region = el;
  return el;
}

function say(shared: Page, words: string, lang: string): void {
  const el = region(shared);
  if (!el) return;
  // A new paragraph each time, in its language: words equal to the last ones are heard again.
  const p = document.createElement('p');
  p.lang = lang;
  p.textContent = words;
  el.replaceChildren(p);
}

/** What the page's live region says now (for tests). */
export function announced(): string {
  return page().region?.textContent ?? '';
}
