/**
 * The UI strings of each shipped locale, loaded when an element first needs
 * them. In the ES module build each locale is a chunk beside plenary.js,
 * imported relative to it (so a copy on a CDN works from any page); English,
 * the source, needs nothing.
 *
 * On a slow or failing connection the visitor is never left with a blank box:
 * strings that take longer than PATIENCE, or fail, are stood in for by English;
 * failed ones are asked for again later, and when they arrive every element
 * renders again in its own language.
 */
import type { TemplateMap } from '@lit/localize';
import type { Locale } from './lang.js';
import { wakeAt } from '../time/clock.js';

type Loader = () => Promise<{ templates: TemplateMap }>;

const LOADERS: Record<Exclude<Locale, 'en'>, Loader> = {
  ar: () => import('./generated/ar.js'),
  zh: () => import('./generated/zh.js'),
  fr: () => import('./generated/fr.js'),
  ru: () => import('./generated/ru.js'),
  es: () => import('./generated/es.js'),
  ko: () => import('./generated/ko.js'),
};

/** How long an element waits for its language's strings before it shows English meanwhile (ms). */
const PATIENCE = 4000;
/** Strings that failed are asked for again after this (ms), then after twice as long each time, up to RETRY_MAX. */
const RETRY_AFTER = 30_000;
const RETRY_MAX = 600_000;

/** The strings of each locale shown; undefined means the English source (for English, or standing in for late or failed strings). */
const loaded = new Map<Locale, TemplateMap | undefined>([['en', undefined]]);
const loading = new Map<Locale, Promise<void>>();
/** Told when strings arrive after English was shown in their place. */
const arrivals = new Set<() => void>();

/** Whether `locale` can be shown now: its strings are here, or English stands in for them. */
export function hasLocale(locale: Locale): boolean {
  return loaded.has(locale);
}

/** The strings of a loaded locale; undefined means the English source. */
export function templatesOf(locale: Locale): TemplateMap | undefined {
  return loaded.get(locale);
}

/** Calls `arrived` whenever a locale's strings arrive late, after English was shown in their place. Returns a function that stops it. */
export function onLateStrings(arrived: () => void): () => void {
  arrivals.add(arrived);
  return () => arrivals.delete(arrived);
}

/**
 * Load `locale`'s strings once; every caller waits on the same request. Settles
 * when they are here, or when English stands in for them (they failed, or take
 * longer than PATIENCE). Never rejects.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let promise = loading.get(locale);
  if (!promise) {
    promise = new Promise<void>((settle) => {
      const meanwhile = setTimeout(() => {
        console.warn(`Plenary: the "${locale}" strings are slow to arrive; showing English until they do.`);
        standIn(locale);
        settle();
      }, PATIENCE);
      fetchStrings(locale, 0, () => {
        clearTimeout(meanwhile);
        settle();
      });
    });
    loading.set(locale, promise);
  }
  return promise;
}

/** One request for `locale`'s strings; `attempt`: the how-manieth time after a failure. */
function fetchStrings(locale: Locale, attempt: number, settled: () => void): void {
  LOADERS[locale as Exclude<Locale, 'en'>]().then(
    (module) => {
      const late = loaded.has(locale);
      loaded.set(locale, module.templates);
      settled();
      if (late) for (const arrived of [...arrivals]) arrived();
    },
    (error: unknown) => {
      if (attempt === 0) console.warn(`Plenary: the "${locale}" strings could not be loaded; showing English, and asking for them again later.`, error);
      standIn(locale);
      settled();
      wakeAt(Date.now() + Math.min(RETRY_AFTER * 2 ** attempt, RETRY_MAX), () => fetchStrings(locale, attempt + 1, () => {}));
    },
  );
}

function standIn(locale: Locale): void {
  if (!loaded.has(locale)) loaded.set(locale, undefined);
}
