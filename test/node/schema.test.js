// The published JSON Schema. That schema/event.schema.json and docs/descriptor.md
// are what the field table makes is checked by `npm run test:current`, first in
// `npm test`, before the build rewrites both files (a check here, after the
// build, could not fail).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const committed = JSON.parse(readFileSync(new URL('../../schema/event.schema.json', import.meta.url), 'utf8'));

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
