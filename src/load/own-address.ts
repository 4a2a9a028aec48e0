/**
 * The address dist/plenary.js was loaded from. The small files it loads on
 * demand (another language's words, the descriptor checks, the calendar file's
 * and the copied text's code) import it as "./plenary.js": loaded as
 * "plenary.js?ver=2", as a CMS's script functions write it, the browser takes
 * that for another module and runs a second copy of Plenary, which a strict
 * Content-Security-Policy refuses (and then the language, the checks or the
 * calendar file do not come). That cannot be undone from here; the webmaster
 * is told once, in the console, how to load it.
 */
export function warnOfQuery(address: string): void {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return;
  }
  // The classic script (plenary.iife.js) has every part inside: a query does it no harm.
  if (!url.pathname.endsWith('/plenary.js') || (url.search === '' && url.hash === '')) return;
  console.warn(
    `Plenary: plenary.js is loaded as "${url.pathname.split('/').pop()}${url.search}${url.hash}". The files it loads when needed (other languages, ` +
      'the descriptor checks, the calendar file) ask for plenary.js without that, so the browser would run a second copy of Plenary, ' +
      'which a strict Content-Security-Policy refuses. Load plenary.js with no query string (put the version in the folder name instead), or load plenary.iife.js.',
  );
}
