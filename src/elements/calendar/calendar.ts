import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PlenaryEvent } from '../../descriptor/resolve.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { noticeTimes } from '../moments.js';
import { DEFAULT_REMINDER_MINUTES, hasTimedSessions, icsFileName, type IcsEntries } from '../../calendar/common.js';
import type { IcsOptions } from '../../calendar/ics.js';
import { googleCalendarUrl, outlookUrl } from '../../calendar/links.js';
import { msg } from '../../i18n/msg.js';
import { googleCalendarName, newTab, SLOW } from '../parts.js';
import { VERSION } from '../../version.js';
import { calendarStyles } from './calendar.styles.js';

/**
 * Add the event to a calendar: an `.ics` file (RFC 5545) for Apple Calendar,
 * Outlook and the rest, and links that open Google Calendar and Outlook on the
 * web with the event filled in. When sessions have times, two files are
 * offered: the whole event, and each session as an entry of its own.
 *
 * A file is built when the visitor reaches for it (points at the link, focuses
 * it, or follows it), with code loaded then: pages that only show the event
 * never download it. A visitor who followed the link is told under the links
 * when that code is slow to come (the file is being made) and when it cannot
 * be downloaded (the visitor's connection failed).
 *
 * Once the event is cancelled or postponed, the file is offered again to
 * update the entries a calendar already holds (same UIDs, new status); the
 * web links, which could only add a new entry, are not. Nothing is offered
 * once the event has ended.
 *
 * @tagname plenary-calendar
 * @summary Add to calendar: .ics downloads, Google Calendar and Outlook links.
 * @csspart ics - The .ics download link (the whole event).
 * @csspart ics-sessions - The .ics download link with one entry per session.
 * @csspart links - The list of calendar services.
 * @csspart status - The line under the links that says a calendar file the visitor asked for is being made (its code is slow to come) or could not be made; empty otherwise.
 * @csspart failed - The same line while it says that a file could not be made (the visitor's connection failed).
 */
export class PlenaryCalendarElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, calendarStyles];

  /** Minutes before each entry the calendar reminds; `0` for no reminder. */
  @property({ type: Number, attribute: 'reminder-minutes', reflect: true }) reminderMinutes = DEFAULT_REMINDER_MINUTES;

  /** The file each link holds, and what it was built from: a link whose file is missing or out of date is built again. */
  private readonly built = new WeakMap<HTMLAnchorElement, { event: PlenaryEvent; options: string }>();

  /** The links followed before their file was built: a second click while it is built downloads nothing more. */
  private readonly following = new WeakSet<HTMLAnchorElement>();

  /**
   * What the line under the links says of a file the visitor asked for: that
   * it is being made (once its code has taken a moment to come), or that it
   * could not be made (its code did not load), until a file is made.
   */
  private said: '' | 'making' | 'failed' = '';

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult | typeof nothing {
    // Shown alone, a cancellation or new times (the links and files follow them) reach the page's live region from here.
    noticeTimes(this, event, view);
    if (view.phase === 'ended') return nothing;
    const pageUrl = location.href.split('#')[0];
    const minutes = Number.isFinite(this.reminderMinutes) && this.reminderMinutes >= 0 ? this.reminderMinutes : DEFAULT_REMINDER_MINUTES;
    const options = (entries: IcsEntries) => ({ now: view.now, lang: view.lang, pageUrl, productVersion: VERSION, entries, reminderMinutes: minutes });
    const sessions = hasTimedSessions(event);
    const update = view.phase === 'cancelled' || view.phase === 'postponed';
    const label = update
      ? msg('Update your calendar', { id: 'calendar.update', desc: 'Label of the calendar files of a cancelled or postponed event, which update the entries already added' })
      : msg('Add to calendar', { id: 'calendar.label', desc: 'Label of the add-to-calendar links' });
    // A called-off event's files update entries already added: they add nothing.
    const whole = !sessions
      ? msg('Calendar file (.ics)', { id: 'calendar.ics', desc: 'Link that downloads the event as an .ics calendar file' })
      : update
        ? msg('The whole event', { id: 'calendar.updateWhole', desc: 'Under "Update your calendar": link that downloads the .ics file updating the whole event' })
        : msg('Add the whole event', { id: 'calendar.whole', desc: 'Link that downloads the whole event as one .ics calendar file' });
    const each = update
      ? msg('Each session', { id: 'calendar.updateSessions', desc: 'Under "Update your calendar": link that downloads the .ics file updating each session' })
      : msg('Add each session', { id: 'calendar.sessions', desc: 'Link that downloads an .ics calendar file with one entry per session' });
    const file = (entries: IcsEntries) => {
      const prepare = (e: Event) => void this.prepare(e.currentTarget as HTMLAnchorElement, event, options(entries)).catch(cannotBuild);
      const follow = (e: MouseEvent) => this.follow(e, event, options(entries));
      return html`<a
        part=${entries === 'event' ? 'ics' : 'ics-sessions'}
        href="#"
        download=${icsFileName(event, entries)}
        @pointerenter=${prepare}
        @focus=${prepare}
        @click=${follow}
        >${entries === 'event' ? whole : each}</a
      >`;
    };
    return html`
      <div class="calendar" role="group" aria-labelledby="label">
        <p id="label" class="label">${label}</p>
        <ul class="links" part="links">
          <li>${file('event')}</li>
          ${sessions ? html`<li>${file('sessions')}</li>` : nothing}
          ${update
            ? nothing
            : html`
                <li>${newTab(googleCalendarUrl(event, view.lang, pageUrl), googleCalendarName())}</li>
                <li>${newTab(outlookUrl(event, view.lang, pageUrl, 'live'), 'Outlook.com')}</li>
                <li>${newTab(outlookUrl(event, view.lang, pageUrl, 'office'), 'Microsoft 365')}</li>
              `}
        </ul>
        <p class="status ${this.said}" part=${this.said === 'failed' ? 'status failed' : 'status'} role="status">${this.words()}</p>
      </div>
    `;
  }

  /** Whether `link` holds the file of `event` with `options`. */
  private holds(link: HTMLAnchorElement, event: PlenaryEvent, options: IcsOptions): boolean {
    const built = this.built.get(link);
    return built?.event === event && built.options === JSON.stringify(options);
  }

  /** Builds the link's file, unless it holds it already. */
  private async prepare(link: HTMLAnchorElement, event: PlenaryEvent, options: IcsOptions): Promise<void> {
    if (this.holds(link, event, options)) return;
    const { buildIcs } = await import('../../calendar/ics.js');
    link.href = `data:text/calendar;charset=utf-8,${encodeURIComponent(this.inOwnLanguage(() => buildIcs(event, options)))}`;
    this.built.set(link, { event, options: JSON.stringify(options) });
    this.tell('');
  }

  /** Follows a link: at once when it holds its file, else once the file is built. */
  private follow(e: MouseEvent, event: PlenaryEvent, options: IcsOptions): void {
    const link = e.currentTarget as HTMLAnchorElement;
    if (this.holds(link, event, options)) return; // the browser downloads the file
    e.preventDefault();
    if (this.following.has(link)) return;
    this.following.add(link);
    // Said only when the file is slow to come, so that a quick one does not flash the line.
    const slow = setTimeout(() => this.tell('making'), SLOW);
    this.prepare(link, event, options).then(
      () => {
        clearTimeout(slow);
        this.following.delete(link);
        // Not once the element has left the page (the visitor went on elsewhere).
        if (link.isConnected) link.click();
      },
      (error: unknown) => {
        clearTimeout(slow);
        this.following.delete(link);
        cannotBuild(error);
        this.tell('failed');
      },
    );
  }

  /** The words of the line under the links, in the element's language. */
  private words(): string | typeof nothing {
    if (this.said === 'making') {
      return msg('Making the calendar file…', {
        id: 'calendar.making',
        desc: 'Shown under the calendar links when a visitor asked for the .ics calendar file and the part of the page that makes it is still downloading (a slow connection)',
      });
    }
    if (this.said === 'failed') {
      return msg('The calendar file could not be made: check your connection, then reload the page and try again.', {
        id: 'calendar.failed',
        desc: 'Shown when a visitor asked for the .ics calendar file and the part of the page that makes it could not be downloaded',
      });
    }
    return nothing;
  }

  /** What the line under the links says. */
  private tell(said: PlenaryCalendarElement['said']): void {
    if (this.said === said) return;
    this.said = said;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-calendar': PlenaryCalendarElement;
  }
}

function cannotBuild(error: unknown): void {
  console.warn('Plenary: the calendar file could not be made (its code did not load). Reload the page and try again.', error);
}
