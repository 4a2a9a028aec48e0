import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Event } from '../../descriptor/resolve.js';
import { eventContext, type EventContext } from '../../load/source.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { formatDate, formatTime, machineTime, zoneAbbreviation } from '../../time/format.js';
import { msg } from '../../i18n/msg.js';
import { eventStyles } from './event.styles.js';

/**
 * The whole event. With `plenary-*` elements inside, it loads the descriptor
 * once, gives it to them, and shows its children as they are. With none, it
 * renders the event page itself.
 *
 * @summary One event from one descriptor: a provider for the elements inside it, or the whole event page.
 * @csspart title - The event's title.
 * @csspart series - The series the event belongs to.
 * @csspart when - The date and time in the organisers' zone.
 */
export class PlenaryEventElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, eventStyles];

  /** Whether plenary-* elements sit inside: then this element only provides. */
  @state() private providing = false;

  private readonly provider = new ContextProvider(this, { context: eventContext, initialValue: { state: this.source.state } });

  override connectedCallback(): void {
    super.connectedCallback();
    this.providing = this.hasPlenaryChildren();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const current = this.provider.value;
    if (current.state !== this.source.state || current.now !== this.now || current.zone !== this.zone) {
      const next: EventContext = { state: this.source.state, now: this.now, zone: this.zone };
      this.provider.setValue(next);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.providing) return html`<slot @slotchange=${this.onSlotChange}></slot>`;
    return super.render();
  }

  protected renderReady(event: Event, view: View): TemplateResult {
    const { lang } = view;
    const organizers = event.organizers.map((o) => o.name.in(lang));
    const zone = event.timeZone;
    const start = event.start;
    const end = event.end;
    return html`
      <article class="summary" aria-labelledby="title">
        ${event.series ? html`<p class="series" part="series">${event.series.in(lang)}</p>` : nothing}
        <h2 id="title" part="title">${event.title.in(lang)}</h2>
        ${organizers.length
          ? html`<p class="organizers">
              ${msg('Organized by', { id: 'event.organizedBy', desc: 'Label before the list of organisers' })}
              ${new Intl.ListFormat(view.locale, { type: 'conjunction' }).format(organizers)}
            </p>`
          : nothing}
        <p class="when" part="when">
          <time datetime=${machineTime(start, zone)}>${formatDate(start, view.locale, zone)}</time><br />
          <time datetime=${machineTime(start, zone)}>${formatTime(start, view.locale, zone)}</time>
          –
          <time datetime=${machineTime(end, zone)}>${formatTime(end, view.locale, zone)}</time>
          <span class="zone">(${zoneAbbreviation(start, view.locale, zone)})</span>
        </p>
      </article>
    `;
  }

  private onSlotChange(): void {
    this.providing = this.hasPlenaryChildren();
  }

  private hasPlenaryChildren(): boolean {
    for (const el of this.querySelectorAll('*')) if (el.localName.startsWith('plenary-')) return true;
    return false;
  }
}
