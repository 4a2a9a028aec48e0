#!/usr/bin/env node
// Planted bugs: `npm run test:mutants` applies each mutation listed in the
// JSON files beside this one to the source, one at a time, runs the tests named for it, and
// reports whether the suite caught it ("killed": at least one test failed).
// Every mutation must be killed; the exit code is non-zero otherwise.
//
//   npm run test:mutants                 every mutation
//   npm run test:mutants -- NAME [NAME]  only those
//
// The source is restored after each run, also when the run is interrupted
// (Ctrl-C, a kill) or crashes: the original text is written back, and a copy
// waits in test/mutants/.restore/ until then, so a hard kill can be undone by
// running this command again.
import { readFileSync, writeFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const RESTORE = join(HERE, '.restore');
// Every *.json file here is a list of mutations: { name, bug, file, search, replace, tests, env? }.
const list = readdirSync(HERE)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(HERE, f), 'utf8')));

// A copy left by a run that was killed outright: put it back first.
if (existsSync(RESTORE)) {
  for (const name of readdirSync(RESTORE)) {
    const { file, text } = JSON.parse(readFileSync(join(RESTORE, name), 'utf8'));
    writeFileSync(join(ROOT, file), text);
    console.log(`restored ${file} from an interrupted run`);
  }
  rmSync(RESTORE, { recursive: true, force: true });
}

const only = process.argv.slice(2);
const chosen = only.length ? list.filter((m) => only.includes(m.name)) : list;
if (only.length && chosen.length !== only.length) {
  console.error(`unknown mutation: ${only.filter((n) => !list.some((m) => m.name === n)).join(', ')}`);
  process.exit(2);
}

let current; // { file, text } while a mutation is applied
function restore() {
  if (!current) return;
  writeFileSync(join(ROOT, current.file), current.text);
  rmSync(RESTORE, { recursive: true, force: true });
  current = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    restore();
    process.exit(130);
  });
}
process.on('exit', restore);

/**
 * The built files, made as `npm run build` makes them (the CDN files, the npm
 * modules, the WordPress plugin), except that a type error does not stop it:
 * the compiler writes the modules anyway, and a planted bug that breaks a type
 * is still judged by its tests. (`vite build` alone would empty dist/, the npm
 * modules with it, and a test that reads them would fail whatever the bug.)
 */
const BUILD = [
  { cmd: 'npx', args: ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'error'] },
  { cmd: 'npx', args: ['tsc', '-p', 'tsconfig.build.json'], types: true },
  { cmd: 'node', args: ['scripts/shipped-code.js', 'dist/npm'] },
  { cmd: 'node', args: ['scripts/wordpress-zip.js'] },
].map((step) => ({ ...step, build: true }));

/** The commands that run `tests`: browser test files through the test runner, the rest through node's, after the build. */
function commands(tests) {
  const browser = tests.filter((t) => t.endsWith('.test.ts'));
  const node = tests.filter((t) => !t.endsWith('.test.ts'));
  const out = [];
  if (browser.length) out.push({ cmd: 'npx', args: ['wtr', '--config', 'web-test-runner.config.js', ...browser.flatMap((f) => ['--files', f])] });
  if (node.length) {
    if (node.some((t) => t.startsWith('test/e2e/') || t.startsWith('test/node/'))) out.push(...BUILD);
    // The Storybook tests open the built Storybook, made from the sources.
    if (node.some((t) => t.startsWith('test/storybook/'))) out.push({ cmd: 'npm', args: ['run', 'build-storybook', '--silent'], build: true });
    out.push({ cmd: 'node', args: ['--test', ...node] });
  }
  return out;
}

const results = [];
for (const m of chosen) {
  const path = join(ROOT, m.file);
  const text = readFileSync(path, 'utf8');
  const count = text.split(m.search).length - 1;
  if (count !== 1) {
    results.push({ ...m, outcome: `not applied: the text to replace occurs ${count} times in ${m.file}` });
    console.log(`✗ ${m.name}: not applied (the text to replace occurs ${count} times)`);
    continue;
  }
  current = { file: m.file, text };
  mkdirSync(RESTORE, { recursive: true });
  writeFileSync(join(RESTORE, 'source.json'), JSON.stringify(current));
  writeFileSync(path, text.replace(m.search, m.replace));
  const started = Date.now();
  let killed = false;
  let build = true;
  for (const step of commands(m.tests)) {
    const run = spawnSync(step.cmd, step.args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...(m.env ?? {}) }, maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0 && !step.types) {
      if (step.build) build = false;
      killed = true;
      break;
    }
  }
  restore();
  const seconds = Math.round((Date.now() - started) / 1000);
  const outcome = killed ? (build ? 'killed' : 'killed (the build failed)') : 'SURVIVED';
  results.push({ ...m, outcome, seconds });
  console.log(`${killed ? '✓' : '✗'} ${m.name}: ${outcome} in ${seconds} s — ${m.bug} (${m.tests.join(', ')})`);
}

// Leave dist/ as the source builds it, for whatever runs next.
if (chosen.some((m) => commands(m.tests).some((step) => step.build))) spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'ignore' });
// And the built Storybook.
if (chosen.some((m) => m.tests.some((t) => t.startsWith('test/storybook/')))) spawnSync('npm', ['run', 'build-storybook', '--silent'], { cwd: ROOT, stdio: 'ignore' });

const killed = results.filter((r) => r.outcome.startsWith('killed')).length;
console.log(`\nMutation score: ${killed} of ${results.length} planted bugs caught.`);
console.log(`${killed} passed, ${results.length - killed} failed`);
process.exit(killed === results.length ? 0 : 1);
