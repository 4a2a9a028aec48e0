/**
 * The UI strings of each shipped locale, loaded when an element first needs
 * them. In the ES module build each locale is a chunk beside plenary.js,
 * imported relative to it (so a copy on a CDN works from any page); English,
 * the source, needs nothing.
 */
import type { TemplateMap } from '@lit/localize';
import type { Locale } from './lang.js';

type Loader = () => Promise<{ templates: TemplateMap }>;

const LOADERS: Record<Exclude<Locale, 'en'>, Loader> = {
  ar: () => import('./generated/ar.js'),
  zh: () => import('./generated/zh.js'),
  fr: () => import('./generated/fr.js'),
  ru: () => import('./generated/ru.js'),
  es: () => import('./generated/es.js'),
  ko: () => import('./generated/ko.js'),
};

const loaded = new Map<Locale, TemplateMap | undefined>([['en', undefined]]);
const loading = new Map<Locale, Promise<void>>();

/** Whether `locale`'s strings are here (English always is; a locale that failed to load falls back to it). */
export function hasLocale(locale: Locale): boolean {
  return loaded.has(locale);
}

/** The strings of a loaded locale; undefined means the English source. */
export function templatesOf(locale: Locale): TemplateMap | undefined {
  return loaded.get(locale);
}

/** Load `locale`'s strings once; every caller waits on the same request. Never rejects. */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = LOADERS[locale as Exclude<Locale, 'en'>]()
      .then((module) => {
        loaded.set(locale, module.templates);
      })
      .catch((error: unknown) => {
        console.warn(`Plenary: the "${locale}" strings could not be loaded; showing English.`, error);
        loaded.set(locale, undefined);
      });
    loading.set(locale, promise);
  }
  return promise;
}
