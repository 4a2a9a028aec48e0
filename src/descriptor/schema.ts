/**
 * The JSON Schema (draft 2020-12) of format 1, made from the field table, so
 * editors give completion and hover help for exactly the fields `validate()` knows.
 * `npm run build` writes it to `schema/event.schema.json`.
 */
import { DESCRIPTOR_SPEC, type Field, type Spec } from './fields.js';

export const SCHEMA_ID = 'https://unpkg.com/plenary/schema/event.schema.json';

type Schema = Record<string, unknown>;

/** Patterns that mirror the validator's format checks as closely as a regular expression can. */
const PATTERNS: Record<string, string> = {
  // http:, https:, mailto: (any case), or a relative address; no control characters or spaces.
  url: '^(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]):|(?![A-Za-z][A-Za-z0-9+.\\-]*:))[^\\u0000-\\u0020\\u007f-\\u009f]+$',
  // The same, without mailto:: a meeting is joined at a web address.
  meeting: '^(?:[Hh][Tt][Tt][Pp][Ss]?:|(?![A-Za-z][A-Za-z0-9+.\\-]*:))[^\\u0000-\\u0020\\u007f-\\u009f]+$',
  email: '^[^\\s@"\'<>()\\[\\]\\\\,;:?&=/#]+@[^\\s@"\'<>()\\[\\]\\\\,;:?&=/#]+\\.[^\\s@"\'<>()\\[\\]\\\\,;:?&=/#.]{2,}$',
  phone: '^\\+?[0-9\\s().\\-/]+$',
  lang: '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$',
  id: '^[A-Za-z0-9][A-Za-z0-9._\\-]{0,127}$',
  datetime: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+\\-]\\d{2}:\\d{2}|[+\\-]\\d{4})?$',
  zone: '^(?![+\\-\\u2212])(?!(?:UTC|GMT)\\s*[+\\-\\u2212])\\S+$',
};

const FORMAT_NOTES: Record<string, string> = {
  url: ' Allowed: https:, http:, mailto:, or an address relative to the descriptor.',
  meeting: ' Allowed: https:, http:, or an address relative to the descriptor; not mailto:.',
  zone: ' An IANA time-zone name known to the browser (`Europe/Kiev`-style old names are accepted).',
  datetime: ' ISO 8601 date and time, local (read in `timeZone`) or with an offset or `Z`.',
};

export function buildSchema(): Schema {
  const defs: Record<string, Schema> = {
    Text: {
      title: 'Text',
      description: 'Plain text (no HTML), or the same text in several languages: an object of language tag → string.',
      examples: ['Webinar', { en: 'Webinar', fr: 'Webinaire', ko: '웨비나' }],
      anyOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          minProperties: 1,
          propertyNames: { pattern: PATTERNS.lang },
          additionalProperties: { type: 'string' },
        },
      ],
    },
  };

  const toSchema = (spec: Spec): Schema => {
    switch (spec.type) {
      case 'string': {
        const s: Schema = { type: 'string', minLength: 1 };
        if (spec.enum) s.enum = [...spec.enum];
        if (spec.format && PATTERNS[spec.format]) s.pattern = PATTERNS[spec.format];
        return s;
      }
      case 'text':
        return { $ref: '#/$defs/Text' };
      case 'integer':
        return { type: 'integer', minimum: spec.minimum, maximum: spec.maximum };
      case 'version':
        return { const: spec.value };
      case 'array':
        return { type: 'array', items: toSchema(spec.items) };
      case 'union':
        return { anyOf: spec.options.map(toSchema) };
      case 'object': {
        defs[spec.name] ??= objectSchema(spec);
        return { $ref: `#/$defs/${spec.name}` };
      }
    }
  };

  const fieldSchema = (field: Field): Schema => {
    const s = toSchema(field.spec);
    const format = field.spec.type === 'string' ? field.spec.format : undefined;
    const out: Schema = { ...s, description: field.description + (format ? (FORMAT_NOTES[format] ?? '') : '') };
    if (field.default !== undefined) out.default = field.default;
    if (field.examples) out.examples = [...field.examples];
    if (field.enumDescriptions) {
      out.markdownEnumDescriptions = Object.values(field.enumDescriptions);
      out.enumDescriptions = Object.values(field.enumDescriptions);
      out.oneOf = Object.entries(field.enumDescriptions).map(([value, description]) => ({ const: value, description }));
    }
    return out;
  };

  function objectSchema(spec: Extract<Spec, { type: 'object' }>): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const [name, field] of Object.entries(spec.fields)) {
      properties[name] = fieldSchema(field);
      if (field.required) required.push(name);
    }
    properties.$comment = { type: 'string', description: 'A note for the people who edit the descriptor; ignored.' };
    return { title: spec.name, type: 'object', properties, required, additionalProperties: false };
  }

  const root = objectSchema(DESCRIPTOR_SPEC as Extract<Spec, { type: 'object' }>);
  // The rule the field table cannot say: the event's join needs its link, unless the link goes to registered participants.
  Object.assign(defs.Join!, {
    if: { properties: { access: { const: 'registered' } }, required: ['access'] },
    else: { required: ['url'] },
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Plenary event descriptor, format 1',
    description:
      'One event — a webinar, a symposium, a meeting — for the Plenary web components. Unknown fields are reported as warnings by `plenary validate`; here they are not allowed, so editors flag typos.',
    ...root,
    $defs: defs,
  };
}
