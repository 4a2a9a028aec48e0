#!/usr/bin/env node
// The `plenary` command. Its code is built into dist/npm by `npm run build`
// (which `npm ci` runs through the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/npm/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('plenary: the command is not built yet; run `npm run build` in the plenary package.');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
