// Checks the translations: every UI string of the sources has a translation in
// every locale's XLIFF file, and src/i18n/generated/ is what `lit-localize build`
// makes of them. Works on copies, so nothing in the repository changes.
//   node scripts/check-locales.js   (exit 1 with a list of what is missing or stale)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'plenary-locales-'));
cpSync(join(ROOT, 'locales'), join(work, 'locales'), { recursive: true });
const checkConfig = {
  ...config,
  tsConfig: join(ROOT, 'tsconfig.localize.json'),
  output: { ...config.output, outputDir: join(work, 'generated'), localeCodesModule: join(work, 'generated', 'locale-codes.ts') },
  interchange: { ...config.interchange, xliffDir: join(work, 'locales') },
};
writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(checkConfig));
const tool = join(ROOT, 'node_modules', '.bin', 'lit-localize');
const run = (command) => execFileSync(tool, [command, '--config', join(work, 'lit-localize.json')], { cwd: ROOT, stdio: 'pipe', encoding: 'utf8' });

const problems = [];
// 1. Extract from today's sources into the copies: a string without a <target> is untranslated.
run('extract');
for (const locale of config.targetLocales) {
  const xliff = readFileSync(join(work, 'locales', `${locale}.xlf`), 'utf8');
  for (const [, id, body] of xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)) problems.push(`${locale}: "${id}" has no translation`);
  }
  if (xliff !== readFileSync(join(ROOT, 'locales', `${locale}.xlf`), 'utf8')) {
    problems.push(`locales/${locale}.xlf is not up to date with the sources: run \`npm run localize:extract\``);
  }
}
// 2. Build from the committed XLIFF: the generated modules must match.
cpSync(join(ROOT, 'locales'), join(work, 'locales'), { recursive: true });
run('build');
for (const file of readdirSync(join(work, 'generated'))) {
  const fresh = readFileSync(join(work, 'generated', file), 'utf8');
  let committed = '';
  try {
    committed = readFileSync(join(ROOT, 'src', 'i18n', 'generated', file), 'utf8');
  } catch {}
  if (fresh !== committed) problems.push(`src/i18n/generated/${file} is stale: run \`npm run localize:build\``);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`All ${config.targetLocales.length} locales translate every string; generated modules are current.`);
