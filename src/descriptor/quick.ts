/**
 * The elements' check of a descriptor: whether it certainly has no error, found
 * without the validator's messages, suggestions and field documentation, so
 * that those load (as a chunk of their own) only for a descriptor that may have
 * a problem.
 *
 * It errs on one side only. `true` means `validate()` finds no error (it may
 * find warnings, which the elements do not show); `false` means "ask the
 * validator", which says what is wrong, or finds nothing after all. It walks
 * the same field table as the validator (`shape.ts` is `fields.ts` without the
 * documentation) and holds the same rules; quick.test.ts checks each rule, and
 * the fuzz run the one side on thousands of descriptors.
 */
import { DESCRIPTOR_SHAPE } from './shape.js';
import type { ShapeField, Spec, StringFormat } from './fields.js';
import { COMMENT, fitsOption, isObject, type Json } from './json.js';
import { idProblem, isLanguageTag } from './checks.js';
import { readTime, type ReadTime } from '../time/instant.js';
import { zoneNamed } from '../time/zones.js';

export function certainlyValid(json: unknown): boolean {
  return isObject(json) && fits(json, DESCRIPTOR_SHAPE, false) && rulesHold(json);
}

// ---------------------------------------------------------------- the shape

/** Whether `value` has no error against `spec`; `required`: whether its field must be there (empty text is an error). */
function fits(value: unknown, spec: Spec<ShapeField>, required: boolean): boolean {
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return false;
      // An empty optional string is only a warning.
      if (value.trim() === '') return !required;
      if (spec.enum && !spec.enum.includes(value)) return false;
      return spec.format === undefined || formatFits(value, spec.format);
    case 'text':
      if (typeof value === 'string') return !required || value.trim() !== '';
      if (!isObject(value)) return false;
      // An empty language is a warning; a required text empty in every language, an error.
      return (
        Object.entries(value).every(([tag, text]) => isLanguageTag(tag) && typeof text === 'string') &&
        Object.values(value).some((text) => !required || (text as string).trim() !== '')
      );
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.minimum && value <= spec.maximum;
    case 'version':
      return value === spec.value;
    case 'object':
      return isObject(value) && objectFits(value, spec.fields);
    case 'array':
      return Array.isArray(value) && value.every((item) => fits(item, spec.items, required));
    case 'union': {
      const option = spec.options.find((o) => fitsOption(o, value, spec.options));
      return option !== undefined && fits(value, option, required);
    }
  }
}

function objectFits(value: Json, fields: Readonly<Record<string, ShapeField>>): boolean {
  for (const name in fields) {
    const field = fields[name]!;
    const child = Object.hasOwn(value, name) ? value[name] : undefined;
    if (child === undefined) {
      if (field.required) return false;
    } else if (child === null || !fits(child, field.spec, field.required === true)) {
      return false;
    }
  }
  // Unknown fields are warnings; a comment that is not a string is an error.
  return !Object.hasOwn(value, COMMENT) || Object.hasOwn(fields, COMMENT) || typeof value[COMMENT] === 'string';
}

/** Addresses, e-mail and telephone numbers that fail cost only their link: a warning. */
function formatFits(value: string, format: StringFormat): boolean {
  switch (format) {
    case 'id':
      return idProblem(value) === null;
    case 'lang':
      return isLanguageTag(value);
    case 'zone':
      return zoneNamed(value) !== null;
    case 'datetime':
      return readTime(value, null).kind !== 'invalid';
    default:
      return true;
  }
}

// ---------------------------------------------------------------- the rules

/** The validator's rules that need more than one field, on a descriptor of the right shape. */
function rulesHold(d: Json): boolean {
  const zone = typeof d.timeZone === 'string' ? zoneNamed(d.timeZone) : null;
  /** The instant a time stands for; undefined for none, or for one that is an error (no zone to read it in, a skipped hour). */
  const instant = (value: unknown): number | undefined => {
    if (typeof value !== 'string') return undefined;
    const read: ReadTime = readTime(value, zone);
    return 'ms' in read ? read.ms : undefined;
  };
  const start = instant(d.start);
  const end = instant(d.end);
  if (start === undefined || end === undefined || end <= start) return false;
  if (d.previousStart !== undefined && instant(d.previousStart) === undefined) return false;

  const sessions = Array.isArray(d.sessions) ? (d.sessions as Json[]) : [];
  const ids = new Set<string>();
  for (const session of sessions) {
    if (session.start !== undefined || session.end !== undefined) {
      // Inside the event, and an end only after a start.
      const s = instant(session.start);
      if (s === undefined || s < start || s >= end) return false;
      const e = session.end === undefined ? s + 1 : instant(session.end);
      if (e === undefined || e <= s || e > end) return false;
    }
    if (typeof session.id === 'string' && session.id.trim() !== '') {
      if (ids.has(session.id)) return false;
      ids.add(session.id);
    }
  }
  // The event's way in has a link, unless the link goes to registered participants.
  if (isObject(d.join) && d.join.access !== 'registered' && (typeof d.join.url !== 'string' || d.join.url.trim() === '')) return false;
  // A document may name only a session that exists.
  const documents = Array.isArray(d.documents) ? (d.documents as Json[]) : [];
  return documents.every((doc) => doc.session === undefined || (typeof doc.session === 'string' && ids.has(doc.session)));
}
