// Every msg() call names its string (`{ id: 'agenda.addToCalendar' }`) and each
// language's strings are found by those names (src/i18n/generated/*.ts). The
// names are for translators and their tools; at run time any name would do, so
// the built code gives each a short one ('a', 'b', … '2x'), the same in the
// calls and in every language's strings (shipped-code.js).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATED = join(ROOT, 'src', 'i18n', 'generated');

/**
 * The short name of each translated string's id, from the languages' strings:
 * the ids in order, each named by its place, in base 36. Every id has a dot
 * (`area.name`) and no short name has one, so they never meet.
 */
export function messageIds(dir = GENERATED) {
  const ids = new Set();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    for (const [, id] of readFileSync(join(dir, name), 'utf8').matchAll(/^\s*'([^']+)':/gm)) ids.add(id);
  }
  const sorted = [...ids].sort();
  const undotted = sorted.filter((id) => !id.includes('.'));
  if (undotted.length > 0) throw new Error(`message ids without a dot could meet a short name: ${undotted.join(', ')}`);
  return new Map(sorted.map((id, i) => [id, i.toString(36)]));
}

/**
 * `code` with each id of `ids` written short: as the `id` of a msg() call's
 * options (`id: 'agenda.join'`) and as a key of a language's strings
 * (`'agenda.join': …`). Other strings are left as they are.
 */
export function shortenIds(code, ids) {
  return code
    .replace(/\bid:(\s*)(['"])([\w.-]+)\2/g, (whole, space, quote, id) => (ids.has(id) ? `id:${space}${quote}${ids.get(id)}${quote}` : whole))
    .replace(/^(\s*)(['"])([\w.-]+)\2(\s*):/gm, (whole, indent, quote, id, space) => (ids.has(id) ? `${indent}${quote}${ids.get(id)}${quote}${space}:` : whole));
}
