import { html, nothing, type TemplateResult } from 'lit';
import type { PlenaryEvent } from '../../descriptor/resolve.js';
import { PlenaryElement, type View } from '../plenary-element.js';
import { buildIcs, icsFileName } from '../../calendar/ics.js';
import { googleCalendarUrl, outlookUrl } from '../../calendar/links.js';
import { msg } from '../../i18n/msg.js';
import { VERSION } from '../../version.js';
import { calendarStyles } from './calendar.styles.js';

/**
 * Add the event to a calendar: an `.ics` file (RFC 5545) for Apple Calendar,
 * Outlook and the rest, and links that open Google Calendar and Outlook on the
 * web with the event filled in. Nothing is offered once the event has ended or
 * when it is cancelled or postponed.
 *
 * @tagname plenary-calendar
 * @summary Add to calendar: an .ics download, Google Calendar and Outlook links.
 * @csspart ics - The .ics download link.
 * @csspart links - The list of calendar services.
 */
export class PlenaryCalendarElement extends PlenaryElement {
  static override styles = [...PlenaryElement.styles, calendarStyles];

  protected renderReady(event: PlenaryEvent, view: View): TemplateResult | typeof nothing {
    if (view.phase === 'ended' || view.phase === 'cancelled' || view.phase === 'postponed') return nothing;
    const pageUrl = location.href.split('#')[0];
    const ics = buildIcs(event, { now: view.now, lang: view.lang, pageUrl, productVersion: VERSION });
    return html`
      <div class="calendar" role="group" aria-labelledby="label">
        <p id="label" class="label">${msg('Add to calendar', { id: 'calendar.label', desc: 'Label of the add-to-calendar links' })}</p>
        <ul class="links" part="links">
          <li>
            <a part="ics" href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`} download=${icsFileName(event)}
              >${msg('Calendar file (.ics)', { id: 'calendar.ics', desc: 'Link that downloads the event as an .ics calendar file' })}</a
            >
          </li>
          <li><a href=${googleCalendarUrl(event, view.lang, pageUrl)} target="_blank" rel="noopener">Google Calendar</a></li>
          <li><a href=${outlookUrl(event, view.lang, pageUrl, 'live')} target="_blank" rel="noopener">Outlook.com</a></li>
          <li><a href=${outlookUrl(event, view.lang, pageUrl, 'office')} target="_blank" rel="noopener">Microsoft 365</a></li>
        </ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plenary-calendar': PlenaryCalendarElement;
  }
}
