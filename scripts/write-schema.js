// Writes schema/event.schema.json from the field table (via the built dist/npm).
//   node scripts/write-schema.js          write it
//   node scripts/write-schema.js --check  fail when the committed file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema } from '../dist/npm/descriptor/schema.js';

const target = new URL('../schema/event.schema.json', import.meta.url);
const text = `${JSON.stringify(buildSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  // Compares in memory; writes nothing. Run it after `tsc -p tsconfig.build.json`
  // (npm run test:current does) so that dist/npm is the current source.
  let onDisk = '';
  try {
    onDisk = readFileSync(target, 'utf8');
  } catch {}
  if (onDisk !== text) {
    const was = onDisk.split('\n');
    const made = text.split('\n');
    let line = 0;
    while (made[line] === was[line]) line++;
    console.error(`schema/event.schema.json is out of date (line ${line + 1}: ${JSON.stringify((was[line] ?? '').trim())}, the field table makes ${JSON.stringify((made[line] ?? '').trim())}): run \`npm run build\` and commit it.`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
