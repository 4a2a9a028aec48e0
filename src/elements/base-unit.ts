/**
 * The unit of Plenary's spacing: the element's own text size, not the page's
 * root font size (a rem). Many sites set `html { font-size: 62.5% }` so that
 * their own rem is 10 px; with rems, every margin, padding and gap inside the
 * elements would shrink with it, and the event page would split into two
 * narrow columns on a frame only 540 px wide.
 *
 * The styles set `--_plenary-rem: 1em` where the text size is set
 * (shared.styles.ts). Registered as a length, that 1em becomes the text size
 * in pixels there and is handed down as it is; unregistered (a browser
 * without CSS.registerProperty), it is read at each use as that element's em,
 * which is near enough.
 */
let registered = false;

export function registerBaseUnit(): void {
  if (registered) return;
  registered = true;
  try {
    CSS.registerProperty({ name: '--_plenary-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
  } catch {
    // Registered already (another copy of Plenary on the page), or not supported: nothing to do.
  }
}
