// The published JSON Schema is made from the same field table as validate().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema } from '../../dist/npm/descriptor/schema.js';

const committed = JSON.parse(readFileSync(new URL('../../schema/event.schema.json', import.meta.url), 'utf8'));

test('schema/event.schema.json is the schema the field table makes', () => {
  assert.deepEqual(committed, buildSchema());
});

test('the schema is draft 2020-12 and every field has a description', () => {
  assert.equal(committed.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const missing = [];
  const visit = (schema, path) => {
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      if (typeof field.description !== 'string' || field.description.length < 10) missing.push(`${path}${name}`);
    }
  };
  visit(committed, '');
  for (const [name, def] of Object.entries(committed.$defs)) visit(def, `${name}.`);
  assert.deepEqual(missing, []);
  assert.deepEqual(committed.required, ['plenary', 'title', 'start', 'end']);
});

test('docs/descriptor.md is generated from the schema and current', async () => {
  const { spawnSync } = await import('node:child_process');
  const { status, stderr } = spawnSync(process.execPath, ['scripts/descriptor-doc.js', '--check'], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
  assert.equal(status, 0, stderr);
});
