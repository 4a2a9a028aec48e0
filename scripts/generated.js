// Files the build writes from the sources and that are committed: each is
// written, or with --check compared in memory (nothing written) and reported
// from the first line that differs. Run the --check after
// `tsc -p tsconfig.build.json` (npm run test:current does) so dist/npm is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Writes `text` to `target` (a file URL), or with --check exits 1 when the committed file differs; `source` names what it is made from. */
export function writeOrCheck(target, text, source) {
  if (!process.argv.includes('--check')) {
    writeFileSync(target, text);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {}
  if (committed === text) return;
  const was = committed.split('\n');
  const made = text.split('\n');
  let line = 0;
  while (made[line] === was[line]) line++;
  const name = relative(ROOT, fileURLToPath(target));
  console.error(
    `${name} is out of date with ${source} (line ${line + 1}: ${JSON.stringify((was[line] ?? '').trim())}, ${source} makes ${JSON.stringify((made[line] ?? '').trim())}): run \`npm run build\` and commit it.`,
  );
  process.exit(1);
}
