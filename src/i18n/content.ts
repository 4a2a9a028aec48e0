/**
 * Content from the descriptor, picked for the element's language. When the
 * text found is in another language than the UI around it, it carries its own
 * `lang` (and `dir`), so screen readers pronounce it right (WCAG 3.1.2).
 */
import type { LangText } from '../descriptor/text.js';
import { baseLanguage } from '../descriptor/text.js';
import { directionOf } from './lang.js';

export interface Shown {
  readonly text: string;
  /** Set only when the text's language differs from the UI's. */
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
}

export function shown(text: LangText | undefined, lang: string, uiLocale: string): Shown {
  if (!text) return { text: '' };
  const picked = text.pick(lang);
  if (baseLanguage(picked.lang) === baseLanguage(uiLocale)) return { text: picked.text };
  const dir = directionOf(picked.lang);
  return directionOf(uiLocale) === dir ? { text: picked.text, lang: picked.lang } : { text: picked.text, lang: picked.lang, dir };
}

/** Paragraphs of a long text: blank lines separate them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
