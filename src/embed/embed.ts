/**
 * The script of dist/embed.html, the page for sites that take only an iframe:
 * `embed.html?src=<descriptor>&show=<element>&lang=…&zone=…&now=…&zones=…&refresh=…`
 * shows that one Plenary element, and tells the page around the frame how tall
 * it is with `{ type: 'plenary:height', height }` messages.
 *
 * It loads beside dist/plenary.js, which defines the elements; it only builds the
 * element from the frame's address (no markup is ever made from text).
 */
import type { PlenaryElement } from '../elements/plenary-element.js';
import type { PlenaryLoadEvent } from '../events.js';

/** The elements a frame can show, by the name after `plenary-`. */
const SHOWABLE = ['event', 'card', 'schedule', 'agenda', 'documents', 'contacts', 'join', 'calendar'];
/** The attributes taken from the frame's address as they are. */
const PASSED = ['lang', 'zone', 'now', 'zones', 'refresh'];

type Request = { tag: string; attributes: [string, string][] } | { refusal: string };

/** What the frame's address asks for, or why it is refused. `base` is this page's own address. */
function readRequest(search: string, base: string): Request {
  const query = new URLSearchParams(search);
  const show = query.get('show') || 'event';
  if (!SHOWABLE.includes(show)) {
    return { refusal: `Plenary cannot show “${clip(show)}”: show= must be one of ${SHOWABLE.join(', ')}.` };
  }
  const src = query.get('src')?.trim();
  if (!src) return { refusal: 'Plenary has no event to show: add src= with the address of the event descriptor to this frame’s address.' };
  const url = descriptorUrl(src, base);
  if (!url) return { refusal: `Plenary does not read “${clip(src)}”: src= must be an http:, https: or relative address.` };
  const attributes: [string, string][] = [['src', url]];
  for (const name of PASSED) {
    const value = query.get(name)?.trim();
    if (value) attributes.push([name, value]);
  }
  return { tag: `plenary-${show}`, attributes };
}

/**
 * The descriptor's absolute address, read against this page (so `../events/x.json`
 * works wherever dist/ is copied), or undefined for any scheme but http: and https:.
 * An address is relative only when it cannot be read alone: `java\tscript:` is not.
 */
function descriptorUrl(src: string, base: string): string | undefined {
  let absolute: URL | undefined;
  try {
    absolute = new URL(src);
  } catch {
    absolute = undefined;
  }
  if (absolute) return absolute.protocol === 'http:' || absolute.protocol === 'https:' ? absolute.href : undefined;
  try {
    return new URL(src, base).href;
  } catch {
    return undefined;
  }
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The document's height in CSS pixels, rounded up so the frame never scrolls by a
 * fraction; with what overflows the body (which the root's scrollHeight, never less
 * than the frame's own height, cannot tell).
 */
function documentHeight(): number {
  return Math.max(Math.ceil(document.documentElement.getBoundingClientRect().height), document.body.scrollHeight);
}

/**
 * Tells the page around the frame the document's height whenever it changes, and
 * once when `settled` resolves. The message carries nothing but the height.
 *
 * That once is after a timer, not an animation frame: a frame from another site
 * that is off screen (an article's frame below the fold) gets neither animation
 * frames nor resize observations until the visitor scrolls to it. It would keep
 * the page's guess at its height until then, and jump to its own under their eyes.
 */
function reportHeight(settled: Promise<unknown>): void {
  if (window.parent === window) return;
  let last = -1;
  const post = (): void => {
    last = documentHeight();
    window.parent.postMessage({ type: 'plenary:height', height: last }, '*');
  };
  new ResizeObserver(() => {
    if (documentHeight() !== last) post();
  }).observe(document.documentElement);
  void settled.then(() => setTimeout(post));
}

function refuse(message: string): void {
  const box = document.createElement('p');
  box.className = 'refusal';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  document.body.append(box);
  reportHeight(Promise.resolve());
}

function show(tag: string, attributes: [string, string][]): void {
  const el = document.createElement(tag) as PlenaryElement;
  for (const [name, value] of attributes) el.setAttribute(name, value);
  const lang = el.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
  const settled = new Promise<void>((resolve) => {
    const done = (event: Event): void => {
      if (event.type === 'plenary-load') {
        const loaded = (event as PlenaryLoadEvent).detail;
        // The document speaks the event's language when the address names none.
        if (!lang) document.documentElement.lang = loaded.lang;
        // The frame is named by the event, in its language: a screen reader says which event it holds, also where the host page gave the frame no title.
        document.title = loaded.title.in(lang ?? loaded.lang);
      }
      void shown(el).then(resolve);
    };
    el.addEventListener('plenary-load', done, { once: true });
    el.addEventListener('plenary-error', done, { once: true });
  });
  document.body.append(el);
  reportHeight(settled);
}

/**
 * Resolves once `el` and the Plenary elements inside it show the event (or its
 * error), not a placeholder (at most 10 s on). Looked at on a timer, which runs
 * off screen too (see reportHeight).
 */
function shown(el: PlenaryElement): Promise<void> {
  const done = (e: PlenaryElement): boolean =>
    e.status !== 'loading' && [...(e.shadowRoot?.querySelectorAll<PlenaryElement>('*') ?? [])].every((c) => !c.localName.startsWith('plenary-') || done(c));
  const giveUp = performance.now() + 10_000;
  return new Promise((resolve) => {
    const check = (): void => {
      if (done(el) || performance.now() > giveUp) resolve();
      else setTimeout(check, 20);
    };
    check();
  });
}

const request = readRequest(location.search, location.href);
if ('refusal' in request) refuse(request.refusal);
else show(request.tag, request.attributes);
