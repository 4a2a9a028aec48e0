// One English spelling for everything visitors and editors read: Oxford spelling,
// as in UN editorial style ("organizer", "organization", "recognized", but
// "programme", "colour", "centre"). Checked in the English strings of src/ (string
// literals, not identifiers, comments or message ids, which translations are keyed
// by), the docs, the README, the published schema and the English sources of the
// XLIFF files. The translations in src/i18n/generated are not English, and are
// left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** British -ise spellings that Oxford spelling writes -ize, and the American "program" for an event's programme. */
const NOT_OXFORD = [
  [/organis/i, 'organiz…'],
  [/recognis/i, 'recogniz…'],
  [/\bprograms?\b/i, 'programme'],
];

function filesUnder(dir, keep) {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** The English strings of a TypeScript file, with their lines: string literals and the text of template literals. */
function englishStrings(path, text) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    const isText =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      node.kind === ts.SyntaxKind.TemplateHead ||
      node.kind === ts.SyntaxKind.TemplateMiddle ||
      node.kind === ts.SyntaxKind.TemplateTail;
    // A message id (`msg('…', { id: 'card.organisersTime' })`) keys the translations: it is not text.
    const parent = node.parent;
    const isId = parent !== undefined && ts.isPropertyAssignment(parent) && parent.initializer === node && parent.name.getText(source) === 'id';
    const isModule = parent !== undefined && (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent));
    if (isText && !isId && !isModule) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Each string that is not in Oxford spelling, as "file:line: word (write …)". */
function misspelt(file, strings) {
  const problems = [];
  for (const { line, text } of strings) {
    for (const [pattern, write] of NOT_OXFORD) {
      const m = pattern.exec(text);
      if (m) problems.push(`${file}:${line}: "${m[0]}" in ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)} (write ${write})`);
    }
  }
  return problems;
}

const lines = (text) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));

test('the English strings of src/ are in Oxford spelling', () => {
  const files = filesUnder('src', (p) => p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.startsWith(join('src', 'i18n', 'generated')));
  assert.ok(files.length > 30, 'the check read the sources');
  const problems = files.flatMap((f) => misspelt(f, englishStrings(f, readFileSync(join(ROOT, f), 'utf8'))));
  assert.deepEqual(problems, []);
});

test('the docs, the README and the published schema are in Oxford spelling', () => {
  const files = ['README.md', 'schema/event.schema.json', ...filesUnder('docs', (p) => p.endsWith('.md'))];
  const problems = files.flatMap((f) => misspelt(f, lines(readFileSync(join(ROOT, f), 'utf8'))));
  assert.deepEqual(problems, []);
});

test('the English sources of the XLIFF files are in Oxford spelling', () => {
  const files = filesUnder('locales', (p) => p.endsWith('.xlf'));
  assert.equal(files.length, 6);
  const problems = files.flatMap((f) => {
    const text = readFileSync(join(ROOT, f), 'utf8');
    const sources = [...text.matchAll(/<source>([\s\S]*?)<\/source>/g)].map((m) => ({ line: text.slice(0, m.index).split('\n').length, text: m[1] }));
    return misspelt(f, sources);
  });
  assert.deepEqual(problems, []);
});

test('the check finds what it looks for, and only in strings', () => {
  const sample = [
    "// the organisers' zone, in a comment",
    "const organisersDate = msg(\"Organisers' time\", { id: 'card.organisersTime' });",
    'const line = `the ${what} program for ${day}`;',
    "const fine = 'Programme, organized by the organizers; recognized';",
  ].join('\n');
  const problems = misspelt('sample.ts', englishStrings('sample.ts', sample));
  assert.deepEqual(problems, [
    `sample.ts:2: "Organis" in "Organisers' time" (write organiz…)`,
    `sample.ts:3: "program" in " program for " (write programme)`,
  ]);
});
