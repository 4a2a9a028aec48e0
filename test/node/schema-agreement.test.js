// The published JSON Schema, checked with an independent validator (ajv): every
// example validates, and the schema and validate() agree on valid and invalid cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { validate } from '../../dist/npm/descriptor/validate.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/event.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(schema);
const examples = new URL('../../examples/', import.meta.url);

for (const file of readdirSync(examples).filter((f) => f.endsWith('.json'))) {
  test(`examples/${file} is valid against the schema (ajv) and for validate()`, () => {
    const json = JSON.parse(readFileSync(new URL(file, examples), 'utf8'));
    assert.equal(check(json), true, JSON.stringify(check.errors));
    assert.deepEqual(validate(json).errors, []);
  });
}

const base = () => ({ plenary: 1, id: 'webinar-2020-10-13', title: 'Webinar', timeZone: 'Asia/Seoul', start: '2020-10-13T20:00', end: '2020-10-13T23:20' });
const cases = [
  ['the minimal descriptor', base(), true],
  ['text in several languages', { ...base(), title: { en: 'Webinar', ko: '웨비나' } }, true],
  ['times with offsets', { ...base(), start: '2020-10-13T11:00Z', end: '2020-10-13T14:20+00:00' }, true],
  ['a $comment anywhere', { ...base(), $comment: 'note', join: { $comment: 'note', url: 'https://example.org/j' } }, true],
  ['every enumeration value', { ...base(), status: 'postponed', attendance: 'mixed', documents: [{ title: 'A', url: 'a.pdf', kind: 'talking-points' }], links: [{ kind: 'rss', url: 'https://example.org/rss' }] }, true],
  ['display zones in both forms', { ...base(), displayZones: ['Asia/Seoul', { zone: 'Pacific/Fiji', label: 'Fiji' }] }, true],
  ['mailto: and relative addresses', { ...base(), links: [{ kind: 'other', url: 'mailto:events@un.org' }, { kind: 'other', url: 'docs/a.pdf' }] }, true],
  ['version 2', { ...base(), plenary: 2 }, false],
  ['no title', (({ title, ...rest }) => rest)(base()), false],
  ['a title that is a number', { ...base(), title: 7 }, false],
  ['an empty text object', { ...base(), title: {} }, false],
  ['a text key that is not a language', { ...base(), title: { _$litType$: 'x' } }, false],
  ['a date without time', { ...base(), start: '2020-10-13' }, false],
  ['a status outside the list', { ...base(), status: 'canceled' }, false],
  ['a join with no link', { ...base(), join: { platform: 'Zoom' } }, false],
  ['a join for registered participants, with no link', { ...base(), join: { access: 'registered', registration: 'https://example.org/r' } }, true],
  ['a session join with no link of its own', { ...base(), join: { url: 'https://example.org/j' }, sessions: [{ title: 'A', start: '2020-10-13T20:00', end: '2020-10-13T21:00', join: { platform: 'Teams' } }] }, true],
  ['interpretation with a language that is not a tag', { ...base(), join: { url: 'https://example.org/j', interpretation: [{ lang: 'French' }] } }, false],
  ['a negative opensMinutesBefore', { ...base(), join: { url: 'https://example.org/j', opensMinutesBefore: -1 } }, false],
  ['an offset given as a zone', { ...base(), timeZone: '+09:00' }, false],
  ['a list where an object belongs', { ...base(), join: ['https://example.org/j'] }, false],
  ['an id with spaces', { ...base(), id: 'my event' }, false],
];
for (const [name, json, valid] of cases) {
  test(`schema and validate() agree: ${name} is ${valid ? 'valid' : 'invalid'}`, () => {
    assert.equal(check(json), valid, `ajv: ${JSON.stringify(check.errors)}`);
    assert.equal(validate(json).errors.length === 0, valid, `validate(): ${JSON.stringify(validate(json).errors)}`);
  });
}

test('the schema rejects an unknown field, which validate() reports as a warning', () => {
  const json = { ...base(), tittle: 'x' };
  assert.equal(check(json), false);
  assert.deepEqual(validate(json).warnings.map((w) => w.path), ['tittle']);
});

// An unsafe address costs only its link: validate() warns and the text is shown;
// the schema, which editors use while writing, flags it outright.
const linkOnly = [
  ['a javascript: address', { ...base(), join: { url: 'javascript:alert(1)' } }, 'join.url'],
  ['a data: address', { ...base(), links: [{ kind: 'other', url: 'data:text/html,x' }] }, 'links[0].url'],
  ['an address starting with a control character', { ...base(), join: { url: '\u0001javascript:alert(1)' } }, 'join.url'],
  ['an e-mail with a mailto: prefix', { ...base(), contacts: [{ name: 'A', email: 'mailto:a@un.org' }] }, 'contacts[0].email'],
];
for (const [name, json, path] of linkOnly) {
  test(`the schema rejects ${name}; validate() warns at ${path}`, () => {
    assert.equal(check(json), false);
    const { errors, warnings } = validate(json);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings.map((w) => w.path), [path]);
  });
}
