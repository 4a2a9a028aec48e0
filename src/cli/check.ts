/**
 * Reading a descriptor file as the command-line tools do: the text, the JSON
 * with positions, and the validator's problems with line and column.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { validate } from '../descriptor/validate.js';
import { read, type ReadResult } from '../descriptor/read.js';
import { JsonSyntaxError, parseJsonSource, positionOf, type JsonSource } from '../descriptor/json-source.js';
import { loadOptions, sizeText, webPageAnswer } from '../load/request.js';

export interface Located {
  readonly path: string;
  readonly message: string;
  /** The path with the titles of the items it passes through (see `Problem.label`). */
  readonly label?: string;
  readonly line: number;
  readonly column: number;
}

export type Checked =
  | { readonly file: string; readonly readable: true; readonly json: unknown; readonly errors: readonly Located[]; readonly warnings: readonly Located[] }
  | { readonly file: string; readonly readable: false; readonly reason: string; readonly line?: number; readonly column?: number };

/** Reads and validates one file; never throws. */
export async function checkFile(file: string): Promise<Checked> {
  return checked(file, await readFileText(file));
}

/** Reads and validates one file, or the descriptor at an http or https address; never throws. */
export async function checkTarget(target: string): Promise<Checked> {
  return checked(target, await readTarget(target));
}

function checked(file: string, read: { readonly text: string } | { readonly reason: string }): Checked {
  return 'text' in read ? checkText(file, read.text) : { file, readable: false, reason: read.reason };
}

/**
 * The text of a descriptor file, or of what an http or https address answers, as
 * a page's element would be answered; or why it cannot be read (a phrase that
 * follows "cannot be read: ").
 */
export async function readTarget(target: string): Promise<{ readonly text: string } | { readonly reason: string }> {
  return /^https?:\/\//i.test(target) ? fetchTarget(target) : readFileText(target);
}

async function readFileText(target: string): Promise<{ readonly text: string } | { readonly reason: string }> {
  try {
    return { text: await readFile(target, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: 'no such file',
      EISDIR: 'is a directory, not a file',
      // Longer than the longest string Node can hold (some 512 MB).
      ERR_STRING_TOO_LONG: `is far too large to be a descriptor; the elements read descriptors up to ${sizeText(loadOptions.maxBytes)}`,
    };
    return { reason: (code && reasons[code]) ?? (error as Error).message };
  }
}

async function fetchTarget(url: string): Promise<{ readonly text: string } | { readonly reason: string }> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { reason: `the server could not be reached (${cause?.code ?? cause?.message ?? (error as Error).message})` };
  }
  if (!response.ok) return { reason: response.status === 404 ? 'there is no file at this address (HTTP 404)' : `the server answered HTTP ${response.status}` };
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { reason: `the answer stopped before its end (${(error as Error).message})` };
  }
  if (/html/i.test(response.headers.get('Content-Type') ?? '') || text.trimStart().startsWith('<')) {
    // The page's sentence, as a phrase after "cannot be read: ".
    const said = webPageAnswer(response, 'the address');
    return { reason: said[0]!.toLowerCase() + said.slice(1) };
  }
  return { text };
}

export function checkText(file: string, text: string): Checked {
  let source: JsonSource;
  try {
    source = parseJsonSource(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { file, readable: false, reason: `not valid JSON: ${error.message}`, line: error.line, column: error.column };
    // Objects and lists inside one another thousands deep: more than the reader's stack.
    if (error instanceof RangeError) return { file, readable: false, reason: 'has objects or lists nested thousands deep, more than a descriptor ever needs; it cannot be read' };
    throw error;
  }
  const { errors: found, warnings } = validate(source.value);
  // The elements refuse a body over their limit, whatever it holds.
  const size = Buffer.byteLength(text);
  const errors =
    size > loadOptions.maxBytes
      ? [{ path: '', message: `The file is ${sizeText(size)}; the elements read descriptors up to ${sizeText(loadOptions.maxBytes)}, and every visitor downloads all of it. Keep long texts in documents, and link to them.` }, ...found]
      : found;
  const locate = (p: { path: string; message: string }): Located => ({ ...p, ...positionOf(source, p.path) });
  const encoding = notUtf8(text);
  const duplicates = source.duplicates.map((d) => ({
    path: d.path,
    message: 'appears more than once in its object; only the last value counts. Remove the others.',
    ...d.position,
  }));
  return { file, readable: true, json: source.value, errors: errors.map(locate), warnings: [...(encoding ? [encoding] : []), ...duplicates, ...warnings.map(locate)] };
}

/**
 * A warning for a file saved in another encoding than UTF-8 (Windows-1252,
 * Latin-1): each of its accented letters reads as U+FFFD, and the elements
 * show visitors "R\ufffdunion" for "Réunion".
 */
function notUtf8(text: string): Located | null {
  const index = text.indexOf('\ufffd');
  if (index < 0) return null;
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  // The word it is in ("Comit\ufffd"), as the editor shows it.
  const word = /[^\s"]*$/.exec(before)![0] + /^[^\s"]*/.exec(text.slice(index))![0];
  return {
    path: '',
    message: `The file holds letters that are not UTF-8, as in "${word}": it was saved in another encoding, such as Windows-1252, and visitors would read \ufffd in their place. Save it again with the encoding UTF-8.`,
    line,
    column: index - lineStart + 1,
  };
}

/** The event of a readable, valid file (relative addresses read against the file). */
export function eventOf(checked: Extract<Checked, { readable: true }>): ReadResult {
  return read(checked.json, { baseUrl: pathToFileURL(checked.file).href });
}
