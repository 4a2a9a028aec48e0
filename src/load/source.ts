/**
 * Where an element's descriptor comes from, and the state it is in.
 *
 * In order: the `.event` property, the `src` attribute, an inline
 * `<script type="application/json">` child, and finally the closest enclosing
 * `plenary-event`, asked through the context protocol (`@lit/context`), so an
 * element inside it needs no attributes and no request of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createContext, ContextEvent } from '@lit/context';
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { readDescriptor, type Reading } from './reading.js';
import type { Problem } from '../descriptor/types.js';
import { requestDescriptor, type Subscription } from './request.js';
import { AHEAD_INTERVAL, readRefresh } from './refresh.js';
import { wakeAt } from '../time/clock.js';
import { warmFormatters } from '../time/format.js';
import { PlenaryErrorEvent, PlenaryLoadEvent } from '../events.js';
import { syntaxProblem } from './syntax.js';

export type DescriptorState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly event: PlenaryEvent; readonly url?: string; readonly stale?: boolean }
  | { readonly status: 'error'; readonly errors: readonly Problem[]; readonly url?: string };

/** What a `plenary-event` gives the elements inside it. */
export interface EventContext {
  readonly state: DescriptorState;
  /** The provider's `now` and `zone`, which the elements inside use unless they set their own. */
  readonly now?: string;
  readonly zone?: string;
}

/** A string key, so that two copies of Plenary on one page still find each other. */
export const eventContext = createContext<EventContext>('plenary-event');

export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  event?: unknown;
  /** `off`, or seconds between requests for a descriptor from `src` (default: automatic; see refresh.ts). */
  refresh?: string;
}

const LOADING: DescriptorState = { status: 'loading' };
/** A first request that failed is made again after this (ms), then after twice as long each time, up to AHEAD_INTERVAL. */
const RETRY_AFTER = 30_000;

/** Objects given as `.event`, read once each however many elements show them. */
const readObjects = new WeakMap<object, DescriptorState | Promise<DescriptorState>>();

/** Problems already written to the console, so each is logged once per page. */
const logged = new Set<string>();

/** The elements showing a failed request, by its address: "Try again" on one asks again for all of them. */
const failedAt = new Map<string, Set<DescriptorSource>>();

export class DescriptorSource implements ReactiveController {
  state: DescriptorState = LOADING;
  /** What the enclosing `plenary-event` provides, when the state comes from it. */
  provided?: EventContext;

  private readonly host: SourceHost;
  private subscription?: Subscription;
  /** The `.event` object or absolute `src` in use; undefined for inline and provided descriptors. */
  private selected?: unknown;
  private unsubscribe?: () => void;
  private waiting?: () => void;
  private connected = false;
  /** Counts the sources chosen: a reading that finishes after another was chosen is dropped. */
  private generation = 0;
  /** The inline descriptor's text when it was last read (undefined: there was none). */
  private inlineText?: string;

  constructor(host: SourceHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.select();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach();
  }

  /** The host's `src` or `event` may have changed: follow it, unless it names what is already shown. */
  sourceChanged(): void {
    if (!this.connected) return;
    const { event, src } = this.host;
    const same =
      event !== undefined && event !== null ? event === this.selected : src ? this.selected === absolute(src) : this.selected === undefined;
    if (!same) this.select();
  }

  /** The host's `refresh` may have changed: its request follows the new pace. */
  refreshChanged(): void {
    const wish = readRefresh(this.host.refresh);
    this.subscription?.want(wish);
  }

  /** Ask again (after a failure), for every element that shows the same failed address: one request for all. */
  retry(): void {
    const url = this.state.status === 'error' ? this.state.url : undefined;
    const others = [...((url && failedAt.get(url)) || [])].filter((source) => source !== this);
    this.select();
    for (const other of others) other.select();
  }

  private detach(): void {
    for (const [url, sources] of failedAt) {
      if (sources.delete(this) && sources.size === 0) failedAt.delete(url);
    }
    this.subscription?.release();
    this.subscription = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.waiting?.();
    this.waiting = undefined;
    this.provided = undefined;
  }

  private select(): void {
    this.generation++;
    const previous = this.subscription;
    this.subscription = undefined;
    this.detach();
    const { host } = this;
    this.selected = undefined;
    try {
      if (host.event !== undefined && host.event !== null) {
        this.selected = host.event;
        if (isThenable(host.event)) this.await(host.event);
        else this.settle(this.readObject(host.event));
        return;
      }
      if (host.src) {
        this.selected = absolute(host.src);
        this.fetch(host.src);
        return;
      }
    } finally {
      // Released after the new request is made, so elements sharing it keep it.
      previous?.release();
    }
    const inline = inlineScript(host);
    this.inlineText = inline?.textContent ?? undefined;
    if (inline) {
      const text = this.inlineText ?? '';
      this.settle(this.readInline(text), (state) => {
        if (state.status === 'error' && document.readyState === 'loading') {
          // Still being parsed: read it again as it grows, and judge it once the document is parsed.
          this.untilParsed();
          return true;
        }
        return false;
      });
      return;
    }
    this.fromProvider();
  }

  /**
   * The host's children changed (parsed after the element was defined, added by
   * a CMS or a framework, or removed). An inline descriptor that appeared,
   * changed or went away is followed; `.event` and `src` take precedence.
   */
  childrenChanged(): void {
    if (!this.connected || (this.host.event !== undefined && this.host.event !== null) || this.host.src) return;
    const text = inlineScript(this.host)?.textContent ?? undefined;
    if (text !== this.inlineText) this.select();
  }

  /** Loading until the document is parsed, then look again (children may still be arriving). */
  private untilParsed(): void {
    const again = () => this.connected && this.select();
    document.addEventListener('DOMContentLoaded', again, { once: true });
    this.waiting = () => document.removeEventListener('DOMContentLoaded', again);
    this.set(LOADING);
  }

  /** Asks for the descriptor at `src`; `attempt`: the how-manieth time by itself after a failure (0: the first, shown as loading). */
  private fetch(src: string, attempt = 0): void {
    const url = absolute(src);
    if (url === undefined) {
      this.own({ status: 'error', errors: [{ path: '', message: `The src attribute "${src}" is not a valid address.` }] });
      return;
    }
    if (attempt === 0) this.set(LOADING);
    const failed = this.subscription;
    const subscription = requestDescriptor(url, {
      refresh: readRefresh(this.host.refresh),
      // A refresh brought a changed descriptor: shown in place, and announced as the first was.
      onUpdate: (result) => {
        if (this.subscription === subscription) this.own({ status: 'ready', event: result.event, url });
      },
    });
    this.subscription = subscription;
    failed?.release();
    // While it is on its way, the page's first date formatter (costly once a page).
    warmFormatters(this.host.closest('[lang]')?.getAttribute('lang') || navigator.language);
    void subscription.result.then((result) => {
      if (this.subscription !== subscription) return; // src changed, or the element left
      if (!result.ok) {
        failedAt.set(url, (failedAt.get(url) ?? new Set()).add(this));
        this.retryLater(src, attempt);
        // Failed again, the same way: nothing new to show or to say.
        if (attempt > 0 && this.state.status === 'error' && problemsText(this.state.errors) === problemsText(result.errors)) return;
      }
      // Asked again and answered: the elements that failed with this one take the descriptor too, those
      // that ask no more by themselves (refresh="off") among them, instead of keeping an error beside it.
      const others = result.ok && attempt > 0 ? [...(failedAt.get(url) ?? [])].filter((source) => source !== this) : [];
      if (result.ok && attempt > 0) failedAt.delete(url);
      this.own(
        result.ok
          ? { status: 'ready', event: result.event, url, stale: result.stale }
          : { status: 'error', errors: result.errors, url },
      );
      for (const other of others) other.select();
    });
  }

  /**
   * A request that failed (the server down for a minute, a bad edit about to be
   * fixed) is made again by itself, the error shown meanwhile, so a page opened
   * then still gets the event and its join link: after 30 seconds, then twice
   * as long each time, at most every 10 minutes, and at once when the browser
   * is back online (a visitor out of signal for a while is not left minutes
   * with the error); never with `refresh="off"`.
   */
  private retryLater(src: string, attempt: number): void {
    if (readRefresh(this.host.refresh) === 'off') return;
    const again = () => {
      this.waiting?.();
      this.waiting = undefined;
      if (this.connected && this.state.status === 'error') this.fetch(src, attempt + 1);
    };
    const cancelWake = wakeAt(Date.now() + Math.min(RETRY_AFTER * 2 ** attempt, AHEAD_INTERVAL), again);
    addEventListener('online', again);
    this.waiting = () => {
      cancelWake();
      removeEventListener('online', again);
    };
  }

  /** `.event` given as a promise (an app that fetches descriptors itself): loading until it settles. */
  private await(promise: PromiseLike<unknown>): void {
    this.set(LOADING);
    const token = promise;
    promise.then(
      (value) => {
        if (this.connected && this.selected === token) this.settle(this.readObject(value));
      },
      (reason: unknown) => {
        if (!this.connected || this.selected !== token) return;
        const why = reason instanceof Error ? reason.message : String(reason);
        this.own({ status: 'error', errors: [{ path: '', message: `The descriptor could not be obtained: ${why}` }] });
      },
    );
  }

  /**
   * Shows a state read from the element's own source, at once or once the
   * validator has spoken: unless the element has left or chosen another source
   * meanwhile, or `handled` took care of it.
   */
  private settle(read: DescriptorState | Promise<DescriptorState>, handled: (state: DescriptorState) => boolean = () => false): void {
    if (!(read instanceof Promise)) {
      if (!handled(read)) this.own(read);
      return;
    }
    this.set(LOADING);
    const generation = this.generation;
    void read.then((state) => {
      if (!this.connected || this.generation !== generation || handled(state)) return;
      this.own(state);
    });
  }

  private readObject(value: unknown): DescriptorState | Promise<DescriptorState> {
    if (typeof value !== 'object' || value === null) return toState(readDescriptor(value));
    let state = readObjects.get(value);
    if (!state) {
      state = toState(readDescriptor(value));
      readObjects.set(value, state);
    }
    return state;
  }

  private readInline(text: string): DescriptorState | Promise<DescriptorState> {
    try {
      return toState(readDescriptor(JSON.parse(text)));
    } catch (error) {
      return syntaxProblem(text, error).then((problem) => ({
        status: 'error',
        errors: [{ path: '', message: `The inline <script type="application/json"> is not valid JSON (${problem}).` }],
      }));
    }
  }

  private fromProvider(): void {
    let answered = false;
    const ask = () => {
      this.host.dispatchEvent(
        new ContextEvent(
          eventContext,
          this.host,
          (value, unsubscribe) => {
            answered = true;
            if (unsubscribe && unsubscribe !== this.unsubscribe) {
              this.unsubscribe?.();
              this.unsubscribe = unsubscribe;
            }
            const before = this.provided;
            this.provided = value;
            // A new zone or clock on the element around (a page's zone picker, a preview moved to another
            // moment) is shown at once, with the same descriptor, as a new descriptor would be.
            if (before && (before.now !== value.now || before.zone !== value.zone)) this.host.requestUpdate();
            this.set(value.state);
          },
          true,
        ),
      );
    };
    ask();
    if (answered) return;
    if (document.readyState === 'loading' && !enclosingEvent(this.host)) {
      // A classic script upgrades elements as their start tags are parsed, before
      // their children exist: an inline descriptor may still come.
      this.untilParsed();
      return;
    }
    if (enclosingEvent(this.host) && !customElements.get('plenary-event')) {
      // Inside a plenary-event that is not defined yet: ask again once it is.
      this.set(LOADING);
      let cancelled = false;
      void customElements.whenDefined('plenary-event').then(() => {
        if (!cancelled && this.connected && !answered) ask();
        if (!cancelled && this.connected && !answered) this.own(NO_SOURCE);
      });
      this.waiting = () => {
        cancelled = true;
      };
      return;
    }
    // Nothing yet: a script may be about to give it (an app that adds the
    // element, then sets its `.event`). It is missing only if nothing has come
    // by the next task; meanwhile the element is loading, not in error.
    this.set(LOADING);
    const timer = setTimeout(() => {
      if (this.connected && !answered) this.own(NO_SOURCE);
    }, 0);
    this.waiting = () => clearTimeout(timer);
  }

  /** A state from the element's own source: it announces it (the provider's children do not). */
  private own(state: DescriptorState): void {
    this.set(state);
    if (state.status === 'ready') {
      this.host.dispatchEvent(new PlenaryLoadEvent(state.event));
    } else if (state.status === 'error') {
      const key = `${state.url ?? ''}\u0000${problemsText(state.errors)}`;
      if (!logged.has(key)) {
        logged.add(key);
        console.warn(
          `Plenary: the event ${state.url ? `at ${state.url} ` : ''}could not be shown.\n` +
            state.errors.map((e) => `  ${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n'),
        );
      }
      this.host.dispatchEvent(new PlenaryErrorEvent(state.errors, state.url));
    }
  }

  private set(state: DescriptorState): void {
    if (state === this.state) return;
    this.state = state;
    this.host.requestUpdate();
  }
}

/** Problems as one text, to compare or to key on. */
function problemsText(errors: readonly Problem[]): string {
  return errors.map((e) => `${e.path}:${e.message}`).join('\u0000');
}

const NO_SOURCE: DescriptorState = {
  status: 'error',
  errors: [
    {
      path: '',
      message:
        'No event descriptor: give this element a src attribute, put a <script type="application/json"> inside it, set its .event property, or place it inside <plenary-event>.',
    },
  ],
};

function toState(reading: Reading | Promise<Reading>): DescriptorState | Promise<DescriptorState> {
  const state = (r: Reading): DescriptorState => (r.ok ? { status: 'ready', event: r.event } : { status: 'error', errors: r.errors });
  return reading instanceof Promise ? reading.then(state) : state(reading);
}

function inlineScript(host: Element): Element | null {
  return host.querySelector(':scope > script[type="application/json"]');
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** `src` read against the document's base URL, as the browser reads `<a href>`. */
function absolute(src: string): string | undefined {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}

/** The closest `plenary-event` around `el`, looking through shadow roots. */
function enclosingEvent(el: Element): Element | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'plenary-event') return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}
