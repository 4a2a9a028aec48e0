/**
 * JSON read with positions: the value (as JSON.parse gives it), where each path
 * (`sessions[2].start`) begins in the text, keys given twice, and, for text that
 * is not JSON, the line and column where it stops being JSON.
 */
import { childPath } from './validate.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface JsonSource {
  readonly value: unknown;
  /** Where each path starts: its key for object members, its value otherwise. */
  readonly positions: ReadonlyMap<string, Position>;
  /** Paths whose key appears more than once in its object (JSON.parse keeps the last). */
  readonly duplicates: ReadonlyArray<{ path: string; position: Position }>;
}

export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  constructor(message: string, position: Position) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.line = position.line;
    this.column = position.column;
  }
}

/** Spaces other than JSON's four (space, tab, line feed, carriage return): the no-break space and its kin. */
const OTHER_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]/;
/** Quotes that word processors type in place of " and '. */
const CURLY_QUOTES = '“”„‟‘’‚‛';

export function parseJsonSource(text: string): JsonSource {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let i = 0;
  const positions = new Map<string, Position>();
  const duplicates: Array<{ path: string; position: Position }> = [];

  // Line starts, so that an index converts to (line, column) in O(log n).
  const lineStarts = [0];
  for (let k = 0; k < src.length; k++) if (src[k] === '\n') lineStarts.push(k + 1);
  const at = (index: number): Position => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - lineStarts[lo]! + 1 };
  };
  const fail = (message: string, index = i): never => {
    throw new JsonSyntaxError(message, at(index));
  };
  const describe = (index: number) => (index >= src.length ? 'the end of the file' : `"${src[index]}"`);
  // A file saved as UTF-16 (Notepad's "Unicode"), read as UTF-8: its byte-order mark as two U+FFFD, or a NUL byte after every letter.
  if (src.startsWith('\ufffd\ufffd') || src.slice(0, 64).includes('\u0000')) {
    fail('The file is saved as UTF-16 ("Unicode"), not UTF-8; save it again with the encoding UTF-8', 0);
  }

  const space = () => {
    for (;;) {
      const c = src[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (src[i + 1] === '/' || src[i + 1] === '*')) fail('Comments are not allowed in JSON; remove them');
      else if (c !== undefined && OTHER_SPACE.test(c)) {
        // Looks like a space in every editor, so "found " "" would not say what to change.
        const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        fail(`There is ${c === '\u00a0' ? 'a no-break space' : 'a special space'} (${code}) here, as pasted from a word processor or a web page; JSON takes only ordinary spaces: delete it and type a space`);
      } else return;
    }
  };
  // Word and Outlook turn typed quotes into curly ones ("smart quotes"), which JSON does not read as quotes.
  const curly = (c: string | undefined): string | null =>
    c !== undefined && CURLY_QUOTES.includes(c)
      ? `${c} is a curly quote, as a word processor writes it; JSON takes only straight double quotes ("): replace each curly quote (“ ” ‘ ’) around names and texts with ", or turn off "smart quotes" and type them again`
      : null;

  const string = (): string => {
    const start = i;
    i++; // the opening quote
    let out = '';
    for (;;) {
      if (i >= src.length) fail('This string is never closed: add the closing quote (")', start);
      const c = src[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = src[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('Invalid escape in a string: use \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX');
        }
        continue;
      }
      if (c < ' ') fail(c === '\n' ? 'A line break inside a string must be written \\n' : 'A control character inside a string must be escaped');
      out += c;
      i++;
    }
  };

  const value = (path: string, record: boolean): unknown => {
    space();
    if (record) positions.set(path, at(i));
    const c = src[i];
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(src.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return JSON.parse(literal[0]);
    }
    if (c === "'") fail('Strings in JSON take double quotes ("…"), not single quotes');
    const quote = curly(c);
    if (quote) fail(quote);
    if (c === '}' || c === ']') fail(`Expected a value before ${describe(i)}; is there a comma too many just before it?`);
    return fail(`Expected a value (a string, number, object, list, true, false or null), found ${describe(i)}`);
  };

  const object = (path: string): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    space();
    if (src[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      space();
      if (src[i] !== '"') {
        const quote = curly(src[i]);
        if (quote) fail(quote);
        fail(src[i] === '}' ? 'A comma too many before "}": remove the last comma' : `Expected a field name in double quotes, found ${describe(i)}`);
      }
      const keyAt = at(i);
      const key = string();
      const child = childPath(path, key);
      if (seen.has(key)) duplicates.push({ path: child, position: keyAt });
      seen.add(key);
      positions.set(child, keyAt);
      space();
      if (src[i] !== ':') fail(`Expected ":" after the field name "${key}", found ${describe(i)}`);
      i++;
      // Defined, not assigned, so that a "__proto__" key stays an own field.
      Object.defineProperty(out, key, { value: value(child, false), enumerable: true, writable: true, configurable: true });
      space();
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === '}') {
        i++;
        return out;
      }
      fail(`Expected "," or "}" after the value of "${key}", found ${describe(i)}; is a comma missing?`);
    }
  };

  const array = (path: string): unknown[] => {
    i++;
    const out: unknown[] = [];
    space();
    if (src[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      space();
      if (src[i] === ']') fail('A comma too many before "]": remove the last comma');
      out.push(value(`${path}[${out.length}]`, true));
      space();
      if (src[i] === ',') {
        i++;
        continue;
      }
      if (src[i] === ']') {
        i++;
        return out;
      }
      fail(`Expected "," or "]" after a list item, found ${describe(i)}; is a comma missing?`);
    }
  };

  const result = value('', true);
  space();
  if (i < src.length) fail(`Unexpected ${describe(i)} after the end of the JSON value`);
  return { value: result, positions, duplicates };
}

/** The position of `path`, or of its closest ancestor that is in the text (for a missing field: its object). */
export function positionOf(source: JsonSource, path: string): Position {
  let p = path;
  for (;;) {
    const found = source.positions.get(p);
    if (found) return found;
    if (p === '') return { line: 1, column: 1 };
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
}
