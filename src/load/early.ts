/**
 * The page's descriptors asked for before the elements exist.
 *
 * Defining the elements takes the browser tens of milliseconds once the script
 * has arrived; a descriptor asked for only then arrives that much later. So the
 * first thing dist/plenary.js does is look through the page for the elements
 * it will show, `plenary-*` tags with a `src` and `[data-plenary]` divs with a
 * `data-src`, and ask for each address at once, as the elements would. An
 * element that then asks for one of these addresses (request.ts) takes its
 * request over; a request no element has taken once they are defined is
 * cancelled.
 */

interface Early {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
}

const started = new Map<string, Early>();

/**
 * The first request for a descriptor: the browser asks the server whether its
 * copy is still the descriptor (a 304 costs no body), never takes it as fresh
 * by itself. Served with no Cache-Control, as by many static servers, a copy
 * would otherwise be taken as fresh for hours, and a reloaded page would show
 * a join link the organizers have since changed.
 */
export const FIRST_REQUEST: RequestInit = { cache: 'no-cache' };

/** The request an element makes for a descriptor (request.ts makes the same one). */
export function descriptorFetch(url: string, signal: AbortSignal, init: RequestInit = FIRST_REQUEST): Promise<Response> {
  return fetch(url, { ...init, signal, headers: { Accept: 'application/json', ...(init.headers as Record<string, string>) } });
}

/** Ask now for the descriptor of every Plenary element already in `doc`. */
export function startEarly(doc: Document = document): void {
  for (const el of doc.querySelectorAll('[src], [data-plenary][data-src]')) {
    const src = el.localName.startsWith('plenary-') ? el.getAttribute('src') : el.hasAttribute('data-plenary') ? el.getAttribute('data-src') : null;
    if (!src?.trim()) continue;
    let url: string;
    try {
      url = new URL(src, doc.baseURI).href;
    } catch {
      continue; // the element says what is wrong with the address
    }
    if (started.has(url)) continue;
    const controller = new AbortController();
    const response = descriptorFetch(url, controller.signal);
    // Failures are the taker's to report; one never taken is not a failure.
    response.catch(() => {});
    started.set(url, { response, controller });
  }
}

/** The request already on its way for `url`, handed over once (undefined when there is none). */
export function takeEarly(url: string): Early | undefined {
  const early = started.get(url);
  started.delete(url);
  return early;
}

/** Cancel the requests no element has taken. */
export function dropUntaken(): void {
  for (const { controller } of started.values()) controller.abort();
  started.clear();
}

/**
 * What the top of dist/plenary.js runs: the page's descriptors asked for now,
 * and those no element has taken cancelled once the elements are defined and
 * the `data-plenary` divs upgraded (after the script, or once the document is
 * parsed when the script runs while it still is). Nothing when another copy of
 * Plenary has defined the elements already: theirs are on their way.
 */
export function bootstrap(doc: Document = document): void {
  if (customElements.get('plenary-event')) return;
  startEarly(doc);
  const drop = () => setTimeout(dropUntaken);
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', drop, { once: true });
  else drop();
}
