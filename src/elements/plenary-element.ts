import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { PlenaryEvent } from '../descriptor/resolve.js';
import type { LangText } from '../descriptor/text.js';
import { DescriptorSource, eventContext, type DescriptorState, type EventContext } from '../load/source.js';
import { readTime } from '../time/instant.js';
import { browserZone, zoneNamed } from '../time/zones.js';
import { nextPhaseChange, phaseAt, type Phase } from '../time/phase.js';
import { wakeAt } from '../time/clock.js';
import { directionOf, intlTag, langAt, localeFor, type Locale } from '../i18n/lang.js';
import { shown, type Shown } from '../i18n/content.js';
import { inLocale, msg } from '../i18n/msg.js';
import { hasLocale, loadLocale, onLateStrings, templatesOf } from '../i18n/locales.js';
import { watchLang } from '../i18n/observe.js';
import { sharedStyles } from './shared.styles.js';
import { registerBaseUnit } from './base-unit.js';
import { unfoldForPrint } from './print.js';

unfoldForPrint();

/** What an element renders with: the visitor's language, zone and the moment. */
export interface View {
  /** The language asked for (content is picked for it). */
  readonly lang: string;
  /** The UI locale Plenary ships that serves `lang`. */
  readonly locale: Locale;
  /** The tag dates and numbers are written in: `lang` itself when the UI speaks its language (`en-GB`), else the UI locale. */
  readonly intl: string;
  /** The visitor's IANA zone. */
  readonly zone: string;
  /** The moment shown, in ms since the epoch. */
  readonly now: number;
  readonly phase: Phase;
}

/**
 * What every Plenary element shares: finding its descriptor (src, inline JSON,
 * `.event`, or the enclosing `plenary-event`), the loading / error / ready
 * states, the visitor's language, zone and clock. Subclasses render `ready`.
 *
 * @fires plenary-load - The descriptor was loaded and resolved; `detail` is the event.
 * @fires plenary-error - The descriptor could not be loaded or has errors; `detail.errors` lists each `{ path, message }`.
 * @slot - Fallback content, shown while loading and on error (for example a link to the event's page).
 * @csspart root - Everything the element shows once loaded (it carries the element's `lang` and `dir`).
 * @csspart error - The error message box.
 * @csspart placeholder - The quiet box shown while loading when there is no fallback content.
 * @csspart stale - The note shown above a copy kept from an earlier visit, when the descriptor cannot be loaded now.
 * @cssprop [--plenary-accent=#0063a3] - Accent: links, buttons, marks.
 * @cssprop [--plenary-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--plenary-text=#1b1f24] - Body text.
 * @cssprop [--plenary-muted=#4a5560] - Secondary text (labels, zones, formats).
 * @cssprop [--plenary-surface=#ffffff] - Background of cards and boxes.
 * @cssprop [--plenary-background=var(--plenary-surface)] - Background of the element itself (`transparent` lets the page show through).
 * @cssprop [--plenary-subtle=#f1f4f7] - Background of highlighted rows and placeholders.
 * @cssprop [--plenary-border=#c9d1d9] - Borders and rules.
 * @cssprop [--plenary-danger=#b3261e] - Errors, cancelled and live marks.
 * @cssprop [--plenary-focus=#0063a3] - Focus outline.
 * @cssprop [--plenary-radius=6px] - Corner radius.
 * @cssprop [--plenary-space=1em] - Inner spacing (default: the element's text size, whatever the page's root font size).
 * @cssprop [--plenary-font-family=inherit] - Font family (default: the page's).
 * @cssprop [--plenary-font-size=medium] - Base font size (default: the visitor's default text size; `inherit` follows the page).
 */
export abstract class PlenaryElement extends LitElement {
  static override styles = [sharedStyles];

  /** Address of the event descriptor (JSON), relative to the page. Elements naming one address share one request. */
  @property({ reflect: true }) src?: string;

  /**
   * The descriptor as an object (instead of `src`), or a promise of one (loading
   * until it settles). Set a new object to show a changed descriptor.
   */
  @property({ attribute: false }) event?: unknown;

  /** An ISO instant that freezes the element's clock (`2020-10-13T10:45Z`); without it the real clock runs. */
  @property({ reflect: true }) now?: string;

  /** The visitor's IANA time zone; default: the browser's. */
  @property({ reflect: true }) zone?: string;

  /**
   * How often a descriptor from `src` is asked for again while the page is open:
   * absent for the automatic pace, `off` for never, or a number of seconds (at least 15).
   */
  @property({ reflect: true }) refresh?: string;

  protected readonly source = new DescriptorSource(this);
  /** Elements inside this one (in its shadow root or its children) share its descriptor, clock and zone. */
  private readonly provider = new ContextProvider(this, { context: eventContext, initialValue: { state: this.source.state } });
  private cancelWake?: () => void;
  private unwatchLang?: () => void;
  private unwatchStrings?: () => void;
  /** Follows the light-DOM children: they may be parsed after the element is defined, or added and removed later. */
  private readonly childWatcher = new MutationObserver(() => this.childrenChanged());

  override connectedCallback(): void {
    registerBaseUnit();
    super.connectedCallback();
    this.unwatchLang = watchLang(this, () => this.requestUpdate());
    // Shown in English while its language's strings were late: in its own language once they come.
    this.unwatchStrings = onLateStrings(() => this.requestUpdate());
    this.childWatcher.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelWake?.();
    this.cancelWake = undefined;
    this.unwatchLang?.();
    this.unwatchLang = undefined;
    this.unwatchStrings?.();
    this.unwatchStrings = undefined;
    this.childWatcher.disconnect();
  }

  /** The light-DOM children changed: the inline descriptor and the fallback content are read again. */
  protected childrenChanged(): void {
    this.source.childrenChanged();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusedBefore = this.shadowRoot?.activeElement ?? undefined;
    if (this.focusedBefore) this.focusedAt = focusables(this.shadowRoot!).indexOf(this.focusedBefore as HTMLElement);
    if (changed.has('src') || changed.has('event')) this.source.sourceChanged();
    if (changed.has('refresh')) this.source.refreshChanged();
    const state = this.source.state;
    const now = this.now ?? this.source.provided?.now;
    const zone = this.zone ?? this.source.provided?.zone;
    const current = this.provider.value;
    if (current.state !== state || current.now !== now || current.zone !== zone) {
      const next: EventContext = { state, now, zone };
      this.provider.setValue(next);
    }
  }

  /** The resolved event, once ready. */
  get resolved(): PlenaryEvent | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.event : undefined;
  }

  /** What the element shows now, for tests and tools: loading (also while its language loads), ready or error. */
  get status(): DescriptorState['status'] {
    return this.shown;
  }

  protected shown: DescriptorState['status'] = 'loading';

  /** The language asked for and the UI locale serving it, worked out at each update. */
  private speaking: { lang: string; locale: Locale } = { lang: 'en', locale: 'en' };

  /**
   * Updates in the element's own language: while this element renders and
   * commits (directives included), `msg()` answers from its locale's strings,
   * whatever language other elements on the page speak. A locale's strings are
   * loaded the first time any element needs them; until then the element stays
   * in its loading state (one already shown, in the language it spoke), and in
   * English when they are slow or fail (locales.ts).
   */
  protected override update(changed: PropertyValues<this>): void {
    const state = this.source.state;
    const lang = langAt(this) ?? (state.status === 'ready' ? state.event.lang : 'en');
    const locale = localeFor(lang);
    if (!hasLocale(locale)) void loadLocale(locale).then(() => this.requestUpdate());
    // Shown already, and asked for another language whose strings are still on their way (a page's
    // language switch): it stays in the one it speaks until they come, busy meanwhile, so a visitor
    // keeps what they were reading, and the keyboard's focus its place, instead of an empty box.
    this.switching = !hasLocale(locale) && (this.switching || this.shown !== 'loading');
    if (!this.switching) this.speaking = { lang, locale };
    inLocale(templatesOf(this.speaking.locale), () => super.update(changed));
  }

  /** Whether the element waits for the strings of a new language, shown meanwhile in the one it spoke. */
  private switching = false;

  /** Runs `write` with `msg()` speaking the element's language, for words written outside a render (a file built on a click). */
  protected inOwnLanguage<T>(write: () => T): T {
    return inLocale(templatesOf(this.speaking.locale), write);
  }

  protected override render(): TemplateResult | typeof nothing {
    const state = this.source.state;
    const { lang, locale } = this.speaking;
    if (!hasLocale(locale)) {
      this.shown = 'loading';
      return this.renderLoading();
    }
    this.shown = state.status;
    if (state.status === 'loading') return this.renderLoading();
    let content: TemplateResult | typeof nothing;
    try {
      content = state.status === 'error' ? this.renderError(state) : this.renderReady(state.event, this.view(state.event));
    } catch (error) {
      // A fault of Plenary's own must not reach the host page: show it as an error.
      console.warn(`Plenary: <${this.localName}> could not render this event.`, error);
      this.shown = 'error';
      content = this.renderError({ status: 'error', errors: [{ path: '', message: `Plenary could not show this event (${String(error)}).` }] });
    }
    if (this.switching) this.shown = 'loading';
    // A copy kept from an earlier visit: said once, by the element that loaded it.
    const stale = state.status === 'ready' && state.stale === true && !this.source.provided;
    return html`<div class="root" part="root" lang=${intlTag(lang, locale)} dir=${directionOf(locale)}>
      ${stale ? html`<p class="stale" part="stale">${msg('This information may be out of date.', { id: 'state.stale', desc: 'Shown above an event when the latest descriptor could not be loaded and a copy from an earlier visit is shown' })}</p>` : nothing}${content}
    </div>`;
  }

  protected abstract renderReady(event: PlenaryEvent, view: View): TemplateResult | typeof nothing;

  protected renderLoading(): TemplateResult {
    // Seen (a shimmering box, still under reduced motion) and heard (the element is busy, and says why).
    return html`<span class="visually-hidden">${msg('Loading the event…', { id: 'state.loading', desc: 'Read by screen readers while the event information loads' })}</span>${this.hasFallback()
        ? nothing
        : html`<div class="placeholder" part="placeholder" aria-hidden="true"></div>`}<slot></slot>`;
  }

  protected renderError(state: Extract<DescriptorState, { status: 'error' }>): TemplateResult {
    if (this.source.provided) {
      // The enclosing plenary-event lists the problems; here, one line is enough.
      return html`<div class="error" part="error">
          <p class="lead">${msg('The event information could not be shown.', { id: 'error.lead', desc: 'First line of the error box when an event cannot be displayed' })}</p>
        </div>
        <slot></slot>`;
    }
    const retryable = state.url !== undefined && state.errors.every((e) => e.path === '');
    // The problems are in English, with the descriptor's own field names: marked so, and set left to right on an Arabic page.
    return html`
      <div class="error" part="error">
        <p class="lead">${msg('The event information could not be shown.', { id: 'error.lead', desc: 'First line of the error box when an event cannot be displayed' })}</p>
        <div class="details">
          ${state.url
            ? html`<p>${msg('Descriptor:', { id: 'error.descriptor', desc: 'Label before the address of the event descriptor file in the error box' })}
                <a href=${state.url} dir="ltr">${state.url}</a></p>`
            : nothing}
          <ul lang="en" dir="ltr">
            ${state.errors.map((e) => html`<li>${e.path ? html`<code>${e.label ?? e.path}</code>: ` : nothing}${e.message}</li>`)}
          </ul>
        </div>
        ${retryable
          ? html`<button type="button" @click=${() => this.source.retry()}>
              ${msg('Try again', { id: 'error.retry', desc: 'Button that loads the event descriptor again after a failure' })}
            </button>`
          : nothing}
      </div>
      <slot></slot>
    `;
  }

  /** Whether the webmaster put visible fallback content inside the element. */
  protected hasFallback(): boolean {
    for (const node of this.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '') return true;
      if (node instanceof Element && node.localName !== 'script' && node.localName !== 'template') return true;
    }
    return false;
  }

  protected view(event: PlenaryEvent): View {
    const { lang, locale } = this.speaking;
    const now = this.clockNow();
    return { lang, locale, intl: intlTag(lang, locale), zone: this.visitorZone(), now, phase: phaseAt(event, now) };
  }

  /** A descriptor text in the view's language, with `lang`/`dir` when it is in another. */
  protected text(value: LangText | undefined, view: View): Shown {
    return shown(value, view.lang, view.locale);
  }

  /** The visitor's zone: `zone`, else the enclosing plenary-event's, else the browser's. */
  protected visitorZone(): string {
    for (const candidate of [this.zone, this.source.provided?.zone]) {
      if (!candidate) continue;
      if (zoneNamed(candidate)) return candidate;
      warnOnce(`zone="${candidate}" is not a known time zone, so times are not shown in it; give an IANA name, such as "Europe/Zurich".`);
    }
    return browserZone();
  }

  /** The frozen `now` (own, else the enclosing plenary-event's), if any, in ms. */
  protected frozenNow(): number | undefined {
    const value = this.now ?? this.source.provided?.now;
    if (!value) return undefined;
    const read = readTime(value, zoneNamed(this.visitorZone()));
    if ('ms' in read) return read.ms;
    warnOnce(`now="${value}" is not a date and time such as "2020-10-13T10:45Z", so the element follows the clock.`);
    return undefined;
  }

  protected clockNow(): number {
    return this.frozenNow() ?? Date.now();
  }

  /** The next instant the rendering changes by itself; by default the next phase change. */
  protected nextChange(event: PlenaryEvent, now: number): number | undefined {
    return nextPhaseChange(event, now);
  }

  /** What had the keyboard's focus in this element before a render, and its place among the links and buttons (to keep its place when the render takes it away). */
  private focusedBefore?: Element;
  private focusedAt = -1;

  /**
   * The render took away what had the focus (the join link, when the event
   * ends): the focus goes to what stands in its place, the link or button now
   * where it was (the next one, else the last), else the first paragraph
   * (focusable by script only); with nothing left here at all, to the element
   * around this one. A keyboard or screen-reader user keeps their place instead
   * of being sent back to the top of the page.
   */
  private keepFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    const links = focusables(root);
    const target = links[Math.min(Math.max(this.focusedAt, 0), links.length - 1)] ?? root.querySelector<HTMLElement>('p, li, h2, h3, h4, h5, h6');
    if (!target) {
      const around = (this.getRootNode() as ShadowRoot).host;
      if (around instanceof PlenaryElement) around.keepFocus();
      return;
    }
    if (!target.matches('a[href], button')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusedBefore && !this.focusedBefore.isConnected) this.keepFocus();
    this.focusedBefore = undefined;
    if (this.shown === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    this.cancelWake?.();
    this.cancelWake = undefined;
    const event = this.resolved;
    if (!event || this.frozenNow() !== undefined || !this.isConnected) return;
    const next = this.nextChange(event, Date.now());
    if (next !== undefined) this.cancelWake = wakeAt(next, () => this.requestUpdate());
  }
}

/** The links and buttons of a shadow root, in order. */
function focusables(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')];
}

const warned = new Set<string>();

/** A mistake in the page, said once in the console for the webmaster. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`Plenary: ${message}`);
}
