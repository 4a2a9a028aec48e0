// Writes schema/event.schema.json from the field table (via the built dist/npm).
//   node scripts/write-schema.js          write it
//   node scripts/write-schema.js --check  fail when the committed file differs
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema } from '../dist/npm/descriptor/schema.js';

const target = new URL('../schema/event.schema.json', import.meta.url);
const text = `${JSON.stringify(buildSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('schema/event.schema.json is out of date: run `npm run build` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
