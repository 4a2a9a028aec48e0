/**
 * The `plenary` command: `plenary validate <file…>` checks descriptors with the
 * same validator the elements use.
 */
import { readFile } from 'node:fs/promises';
import { validate } from '../descriptor/validate.js';
import type { Problem } from '../descriptor/types.js';

const USAGE = `Usage: plenary validate <file.json> [more files…]

Checks event descriptors and reports each error and warning with its path.
Exit status: 0 when every file is valid, 1 when any has errors, 2 when a file cannot be read.`;

export async function main(args: readonly string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...files] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'validate') {
    err.write(`plenary: unknown command "${command}".\n\n${USAGE}\n`);
    return 2;
  }
  if (files.length === 0) {
    err.write(`plenary validate: name at least one descriptor file.\n\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      err.write(`${file}: cannot be read: ${reason}\n`);
      status = 2;
      continue;
    }
    const { errors, warnings } = validate(json);
    const line = (kind: string, p: Problem) => `  ${kind} ${p.path || '(descriptor)'}: ${p.message}\n`;
    out.write(`${file}: ${errors.length === 0 ? 'valid' : 'invalid'}` + ` (${count(errors.length, 'error')}, ${count(warnings.length, 'warning')})\n`);
    for (const p of errors) out.write(line('error  ', p));
    for (const p of warnings) out.write(line('warning', p));
    if (errors.length > 0 && status === 0) status = 1;
  }
  return status;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
