/**
 * Checks of single values (addresses, e-mail, phone, language tags, ids), shared
 * by the validator and by `resolve()`, which never turns an unchecked string
 * into a link.
 */
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:']);
/** C0 controls, space, DEL and C1 controls: none belongs in an address. */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/u;
const CHECK_BASE = 'https://plenary.invalid/descriptor/';

/** Why `value` may not be used as a link address, or null when it may. */
export function urlProblem(value: string): string | null {
  if (value === '') return 'is empty';
  const bad = CONTROL_OR_SPACE.exec(value);
  if (bad) {
    const code = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const where = bad.index === 0 ? 'starts with' : 'contains';
    const what = bad[0] === ' ' ? 'a space' : `an invisible or control character (${code})`;
    return `${where} ${what}; remove it (write a space inside an address as %20)`;
  }
  let url: URL;
  try {
    url = new URL(value, CHECK_BASE);
  } catch {
    return 'is not a valid address';
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) {
    return `uses the "${url.protocol}" scheme, which Plenary never links to; use an https: address (or mailto: for e-mail)`;
  }
  return null;
}

/**
 * A relative address's first segment that reads as a host name: "www.zoom.us",
 * "un.org", "zoom.us/j/1" (not "agenda.pdf"); one ending in two letters only
 * with a path after it, as "summary.de" or "main.go" alone may be files.
 */
const HOST_LIKE = /^(?:www\d?\.[^/?#]+|(?:[a-z0-9-]+\.)+(?:com|org|net|int|gov|edu|info|io)(?::\d+)?(?:[/?#]|$)|(?:[a-z0-9-]+\.)+[a-z]{2}(?::\d+)?[/?#])/i;
/** Endings of file names that are also country codes ("minutes.md"): a file beside the descriptor, not a host. */
const FILE_LIKE = /^[^/?#]*\.(?:md|ps|ai|py|pl|sh|rs|ts|js|cs|gz|7z)(?:[?#]|$)/i;

/**
 * The address a relative `value` probably meant, when it begins with what
 * reads as a host name ("www.zoom.us/j/123" → "https://www.zoom.us/j/123") or
 * is an e-mail address ("secretariat@un.org" → "mailto:secretariat@un.org"):
 * read as it is written, it is an address beside the descriptor, which no
 * visitor reaches, so links go there instead (`safeUrl`). Undefined for an
 * absolute address or an ordinary relative one (one beginning "./" included).
 */
export function missingScheme(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || value.startsWith('.')) return undefined;
  if (EMAIL.test(value)) return `mailto:${value}`;
  return HOST_LIKE.test(value) && !FILE_LIKE.test(value) ? `https://${value}` : undefined;
}

/**
 * The absolute address for a checked `value`, relative ones read against
 * `base`, one that begins with a host name on the web (`missingScheme`); null
 * when unsafe.
 */
export function safeUrl(value: string, base: string): string | null {
  if (urlProblem(value) !== null) return null;
  try {
    const url = new URL(missingScheme(value) ?? value, base);
    return ALLOWED_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const EMAIL = /^[^\s@"'<>()[\]\\,;:?&=/#]+@[^\s@"'<>()[\]\\,;:?&=/#]+\.[^\s@"'<>()[\]\\,;:?&=/#.]{2,}$/u;

export function emailProblem(value: string): string | null {
  if (value.toLowerCase().startsWith('mailto:')) return 'starts with "mailto:"; write the address alone, as in "name@un.org"';
  if (!EMAIL.test(value)) return 'is not an e-mail address such as "name@un.org" (no spaces, quotes, brackets or "?")';
  return null;
}

const PHONE = /^\+?[0-9\s().\-/]+$/;

export function phoneProblem(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  if (!PHONE.test(value) || digits.length < 5 || digits.length > 17) {
    return 'is not a telephone number; write it in international form, as in "+1 212 963 1234"';
  }
  return null;
}

/** The `tel:` address of a checked phone number. */
export function telUrl(phone: string): string {
  return `tel:${phone.startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function isLanguageTag(value: string): boolean {
  if (!LANG.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function idProblem(value: string): string | null {
  return ID.test(value)
    ? null
    : 'is not a usable id; use up to 128 letters, digits, ".", "_" or "-", starting with a letter or digit';
}
