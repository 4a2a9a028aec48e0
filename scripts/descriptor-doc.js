// Writes docs/descriptor.md, the reference of the descriptor format, from
// schema/event.schema.json, so that the two cannot drift apart.
//   node scripts/descriptor-doc.js          write it
//   node scripts/descriptor-doc.js --check  fail when the committed file differs
import { readFileSync } from 'node:fs';
import { writeOrCheck } from './generated.js';

const schema = JSON.parse(readFileSync(new URL('../schema/event.schema.json', import.meta.url), 'utf8'));
const target = new URL('../docs/descriptor.md', import.meta.url);

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;
const anchor = (name) => name.toLowerCase();

function typeOf(s) {
  if (s.$ref) {
    const name = s.$ref.split('/').pop();
    return name === 'Text' ? '[Text](#text)' : `[${name}](#${anchor(name)})`;
  }
  if (s.const !== undefined) return code(s.const);
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  if (s.type === 'array') return `list of ${typeOf(s.items)}`;
  if (s.enum) return s.enum.map(code).join(', ');
  return s.type ?? 'any';
}

function table(def) {
  const rows = ['| field | type | required | description |', '| --- | --- | --- | --- |'];
  const required = new Set(def.required ?? []);
  for (const [name, field] of Object.entries(def.properties ?? {})) {
    if (name === '$comment') continue;
    let text = field.description ?? '';
    if (field.default !== undefined) text += ` Default: ${code(field.default)}.`;
    if (field.oneOf) text += ' Values: ' + field.oneOf.map((o) => `${code(o.const)} — ${o.description}`).join(' ');
    if (field.examples) text += ` Example${field.examples.length > 1 ? 's' : ''}: ${field.examples.map(code).join(', ')}.`;
    rows.push(`| \`${name}\` | ${cell(typeOf(field))} | ${required.has(name) ? 'yes' : ''} | ${cell(text)} |`);
  }
  return rows.join('\n');
}

const parts = [
  '# The event descriptor, format 1',
  '',
  '<!-- Generated from schema/event.schema.json by scripts/descriptor-doc.js; do not edit by hand. -->',
  '',
  schema.description,
  '',
  `JSON Schema: \`${schema.$id}\` (draft 2020-12). Start a descriptor with \`"$schema": "${schema.$id}"\` for completion and help in editors, check it with \`npx plenary validate\`, and start a new one with \`npx plenary new\`. Any object may carry a \`"$comment"\` string, which is ignored.`,
  '',
  '## Event',
  '',
  'The descriptor itself.',
  '',
  table(schema),
];
for (const [name, def] of Object.entries(schema.$defs)) {
  parts.push('', `## ${name}`, '', def.description ?? '');
  if (name === 'Text') {
    parts.push('', `Examples: ${def.examples.map(code).join(', ')}. Language tags are BCP 47 (\`en\`, \`fr-CA\`, \`zh-Hans\`). Text is plain: no HTML is interpreted; blank lines separate paragraphs. A required text must say something in at least one language: all white space, in every language given, is an error.`);
  } else {
    parts.push('', table(def));
  }
}
const text = `${parts.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;

writeOrCheck(target, text, 'schema/event.schema.json');
