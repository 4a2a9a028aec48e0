/**
 * Reading a descriptor file as the command-line tools do: the text, the JSON
 * with positions, and the validator's problems with line and column.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { validate } from '../descriptor/validate.js';
import { read, type ReadResult } from '../descriptor/read.js';
import { JsonSyntaxError, parseJsonSource, positionOf, type JsonSource } from '../descriptor/json-source.js';

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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : (error as Error).message;
    return { file, readable: false, reason };
  }
  return checkText(file, text);
}

export function checkText(file: string, text: string): Checked {
  let source: JsonSource;
  try {
    source = parseJsonSource(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { file, readable: false, reason: `not valid JSON: ${error.message}`, line: error.line, column: error.column };
    throw error;
  }
  const { errors, warnings } = validate(source.value);
  const locate = (p: { path: string; message: string }): Located => ({ ...p, ...positionOf(source, p.path) });
  const duplicates = source.duplicates.map((d) => ({
    path: d.path,
    message: 'appears more than once in its object; only the last value counts. Remove the others.',
    ...d.position,
  }));
  return { file, readable: true, json: source.value, errors: errors.map(locate), warnings: [...duplicates, ...warnings.map(locate)] };
}

/** The event of a readable, valid file (relative addresses read against the file). */
export function eventOf(checked: Extract<Checked, { readable: true }>): ReadResult {
  return read(checked.json, { baseUrl: pathToFileURL(checked.file).href });
}
