/**
 * Which language an element speaks: its own `lang`, then the closest
 * ancestor's (through shadow roots), then the document's, then the
 * descriptor's, then English.
 */
import { baseLanguage } from '../descriptor/text.js';

/** The locales whose UI strings Plenary ships. */
export const LOCALES = ['en', 'ar', 'zh', 'fr', 'ru', 'es', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** The `lang` in force at `el`, or undefined when no ancestor sets one. */
export function langAt(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** The shipped locale for a language tag: `fr-CA` → `fr`, `zh-Hans-CN` → `zh`; anything else → `en`. */
export function localeFor(tag: string | undefined): Locale {
  if (!tag) return 'en';
  const base = tag.split('-')[0]!.toLowerCase();
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/** Right-to-left scripts among the languages Plenary may show. */
export function directionOf(tag: string): 'rtl' | 'ltr' {
  return /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i.test(tag) ? 'rtl' : 'ltr';
}

const supported = new Map<string, boolean>();

/** The tag dates are written in: the language asked for (`en-GB`, `fr-CA`) when the UI speaks it, else the UI locale. */
export function intlTag(lang: string, locale: Locale): string {
  if (baseLanguage(lang) !== locale) return locale;
  let ok = supported.get(lang);
  if (ok === undefined) {
    try {
      ok = Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 1;
    } catch {
      ok = false;
    }
    supported.set(lang, ok);
  }
  return ok ? lang : locale;
}
