// Writes schema/event.schema.json from the field table (via the built dist/npm).
//   node scripts/write-schema.js          write it
//   node scripts/write-schema.js --check  fail when the committed file differs
import { writeOrCheck } from './generated.js';
import { buildSchema } from '../dist/npm/descriptor/schema.js';

const target = new URL('../schema/event.schema.json', import.meta.url);
const text = `${JSON.stringify(buildSchema(), null, 2)}\n`;

writeOrCheck(target, text, 'the field table');
