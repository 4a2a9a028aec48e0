/**
 * Text in one or several languages, and how the text for a language is chosen:
 * the exact tag, then the same base language, then the descriptor's language,
 * then whatever there is.
 */

export interface PickedText {
  readonly text: string;
  /** The language the chosen text is written in. */
  readonly lang: string;
}

export class LangText {
  /** Variants in the order the descriptor gives them, as [language tag, text]. */
  readonly variants: ReadonlyArray<readonly [string, string]>;
  /** Language of the descriptor: the fallback before "any". */
  readonly fallbackLang: string;

  constructor(variants: ReadonlyArray<readonly [string, string]>, fallbackLang: string) {
    this.variants = variants;
    this.fallbackLang = fallbackLang;
  }

  pick(lang: string): PickedText {
    const wanted = lang.toLowerCase();
    const base = baseLanguage(wanted);
    const found =
      this.variants.find(([tag]) => tag.toLowerCase() === wanted) ??
      this.variants.find(([tag]) => baseLanguage(tag) === base) ??
      this.variants.find(([tag]) => tag.toLowerCase() === this.fallbackLang.toLowerCase()) ??
      this.variants.find(([tag]) => baseLanguage(tag) === baseLanguage(this.fallbackLang)) ??
      this.variants[0];
    return found ? { text: found[1], lang: found[0] } : { text: '', lang: this.fallbackLang };
  }

  /** The text for `lang`, as a plain string. */
  in(lang: string): string {
    return this.pick(lang).text;
  }
}

/**
 * A plain string of the descriptor made of words (an interpretation channel's
 * name: "Arabic", "Floor"): written in the descriptor's `lang`, as its texts
 * given without a language are, so that it carries that language where it is
 * shown among words of another. (A platform's name, "Zoom", is a proper name,
 * read as it is in any language.)
 */
export function plainText(value: string, lang: string): LangText {
  return new LangText([[lang, value]], lang);
}

/** `fr-CA` → `fr`, `zh-Hans-CN` → `zh`. Lower case. */
export function baseLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}
