// Writes src/descriptor/shape.ts, the field table of fields.ts without its
// documentation: what the elements check descriptors against (via the built dist/npm).
//   node scripts/write-shape.js          write it
//   node scripts/write-shape.js --check  fail when the committed file differs
import { writeOrCheck } from './generated.js';
import { DESCRIPTOR_SPEC } from '../dist/npm/descriptor/fields.js';

const target = new URL('../src/descriptor/shape.ts', import.meta.url);

/** Each object type once, as a constant, after the types it uses. */
const objects = new Map();
const seen = new Map();

function specText(spec) {
  switch (spec.type) {
    case 'string': {
      const parts = ["type: 'string'"];
      if (spec.format) parts.push(`format: '${spec.format}'`);
      if (spec.enum) parts.push(`enum: ${JSON.stringify(spec.enum).replace(/"/g, "'").replace(/,/g, ', ')}`);
      return `{ ${parts.join(', ')} }`;
    }
    case 'text':
      return "{ type: 'text' }";
    case 'integer':
      return `{ type: 'integer', minimum: ${spec.minimum}, maximum: ${spec.maximum} }`;
    case 'version':
      return `{ type: 'version', value: ${spec.value} }`;
    case 'array':
      return `{ type: 'array', items: ${specText(spec.items)} }`;
    case 'union':
      return `{ type: 'union', options: [${spec.options.map(specText).join(', ')}] }`;
    case 'object': {
      const name = `${spec.name}Shape`;
      const json = JSON.stringify(spec);
      if (seen.has(spec.name) && seen.get(spec.name) !== json) throw new Error(`two object types are named ${spec.name}`);
      seen.set(spec.name, json);
      if (!objects.has(spec.name)) {
        const fields = Object.entries(spec.fields).map(([name, field]) => {
          const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
          return `    ${key}: { spec: ${specText(field.spec)}${field.required ? ', required: true' : ''} },`;
        });
        objects.set(spec.name, `const ${name}: Spec<ShapeField> = {\n  type: 'object',\n  name: '${spec.name}',\n  fields: {\n${fields.join('\n')}\n  },\n};`);
      }
      return name;
    }
  }
  throw new Error(`unknown spec type ${spec.type}`);
}

const root = specText(DESCRIPTOR_SPEC);
const text = `// Written by scripts/write-shape.js from fields.ts (\`npm run build\`); do not edit.
// The field table without its documentation: what the elements check a descriptor against.
import type { ShapeField, Spec } from './fields.js';

${[...objects.values()].join('\n\n')}

export const DESCRIPTOR_SHAPE: Spec<ShapeField> = ${root};
`;

writeOrCheck(target, text, 'src/descriptor/fields.ts');
