import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { PlenaryEvent } from '../descriptor/resolve.js';
import type { View } from '../elements/plenary-element.js';
import { inLocale, msg } from '../i18n/msg.js';
import { templatesOf } from '../i18n/locales.js';
import { SLOW } from '../elements/parts.js';
import type { CopiedText, CopyOptions } from './copy-text.js';

type Host = ReactiveControllerHost & HTMLElement;
type Said = '' | 'copying' | 'copied' | 'manual' | 'failed';

/**
 * A Copy button, its confirmation and its fallback, for any element: the
 * button puts the text a `build` function gives on the clipboard (as plain
 * text and as HTML), then says "Copied" in a polite status region, seen and
 * heard. Where the page may not write to the clipboard (no permission, an
 * insecure page, an older browser), the text is shown selected in a read-only
 * box, with a line saying how to copy it.
 *
 * The text itself is built by copy-text.ts, which `build` imports when the
 * button is pressed: pages where nobody copies never load it. When it is slow
 * to come, the status line says "Copying…"; when it cannot be downloaded (the
 * visitor's connection failed), the status line says so.
 */
export class CopyController implements ReactiveController {
  /** What the status line says: words looked up when rendering, in the element's language. */
  private said: Said = '';
  private manual?: string;
  private timer?: ReturnType<typeof setTimeout>;
  /** Presses so far: only the latest press's words are said. */
  private presses = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The button (labelled `label`), the status line, and the box when the clipboard refused. */
  render(label: string, build: () => Promise<CopiedText>): TemplateResult {
    return html`<div class="copy no-print" part="copy">
        <button type="button" part="copy-button" @click=${() => void this.copy(build)}>${label}</button>
        <span class="copy-status" part="copy-status" role="status">${this.words()}</span>
      </div>
      ${this.manual === undefined
        ? nothing
        : html`<textarea
            class="copy-box no-print"
            part="copy-box"
            readonly
            rows=${Math.min(12, this.manual.split('\n').length)}
            aria-label=${msg('Text to copy', { id: 'copy.box', desc: 'Accessible name of the box holding the text to copy when the browser did not allow copying' })}
            .value=${this.manual}
          ></textarea>`}`;
  }

  private async copy(build: () => Promise<CopiedText>): Promise<void> {
    const press = ++this.presses;
    const latest = () => press === this.presses;
    clearTimeout(this.timer);
    this.say('');
    // Said only when the text is slow to come, so that a quick copy does not flash it.
    const slow = setTimeout(() => latest() && this.say('copying'), SLOW);
    const { text, copied } = await put(build()).finally(() => clearTimeout(slow));
    // Said after a pause, so that saying the same words again is heard again.
    await new Promise((r) => setTimeout(r, 50));
    if (!latest()) return; // a later press says its own words
    if (!text) {
      this.say('failed');
      return;
    }
    if (copied) {
      this.manual = undefined;
      this.say('copied');
      this.timer = setTimeout(() => this.say(''), 8000);
      return;
    }
    this.manual = text.text;
    this.say('manual');
    await this.host.updateComplete;
    const box = this.host.shadowRoot?.querySelector<HTMLTextAreaElement>('.copy-box');
    box?.focus();
    box?.select();
  }

  private words(): string {
    if (this.said === 'copying') return msg('Copying…', { id: 'copy.working', desc: 'Said and shown after the Copy button was pressed, while the text to copy is still being made (a slow connection)' });
    if (this.said === 'copied') return msg('Copied', { id: 'copy.done', desc: 'Said and shown after the times were put on the clipboard' });
    if (this.said === 'manual') {
      return msg('Copying is not allowed here: the text is selected below, copy it from there.', {
        id: 'copy.manual',
        desc: 'Shown when the browser did not allow copying: the text is in a box below, already selected, for the visitor to copy (Ctrl+C)',
      });
    }
    if (this.said === 'failed') {
      return msg('Not copied: check your connection, then reload the page and try again.', {
        id: 'copy.failed',
        desc: 'Shown after the Copy button was pressed when the part of the page that makes the text could not be downloaded',
      });
    }
    return '';
  }

  private say(words: Said): void {
    this.said = words;
    this.host.requestUpdate();
  }
}

/**
 * Puts the text to come (`built`) on the clipboard, as plain text and HTML, or
 * else as plain text; `copied` is false when the page may not write there, and
 * `text` missing when it could not be made. The clipboard is asked at once, in
 * the click (Safari wants it so), with the text to come.
 */
async function put(built: Promise<CopiedText>): Promise<{ text?: CopiedText; copied: boolean }> {
  built.catch(() => undefined);
  let copied = false;
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard?.write && typeof ClipboardItem === 'function') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': built.then((c) => new Blob([c.text], { type: 'text/plain' })),
          'text/html': built.then((c) => new Blob([c.html], { type: 'text/html' })),
        }),
      ]);
      copied = true;
    } catch {
      // Try the plain text alone, then the box.
    }
  }
  let text: CopiedText | undefined;
  try {
    text = await built;
  } catch (error) {
    console.warn('Plenary: the text to copy could not be made (its code did not load).', error);
    return { copied: false };
  }
  if (!copied && clipboard?.writeText) {
    try {
      await clipboard.writeText(text.text);
      copied = true;
    } catch {
      // The box.
    }
  }
  return { text, copied };
}

/** The event's text for the clipboard, in the view's language, its code loaded now. */
export function copiedText(event: PlenaryEvent, view: View, options: CopyOptions): Promise<CopiedText> {
  return import('./copy-text.js').then(({ copyText }) => inLocale(templatesOf(view.locale), () => copyText(event, view, options)));
}
