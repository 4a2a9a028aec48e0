/**
 * Each element's controls and docs table, from custom-elements.json.
 *
 * Storybook's own reading of the manifest (@storybook/web-components) goes
 * wrong for Plenary in two ways. It takes a type's text as a type name, so an
 * attribute of type `string | undefined` gets an object (JSON) control instead of
 * a text field. And it names each row by the member's name alone, so a part
 * named like an attribute or a property (`now` on the agenda, `status` on the
 * card and the calendar) takes that row's place. Here attributes keep their
 * names, with a control of their type; parts get a key of their own; and a
 * property that is an attribute's other face (`headingLevel`) is left to its
 * attribute, while read-only ones (`status`, `resolved`) are listed without a
 * control.
 */
import type { SBType, StrictArgTypes, StrictInputType } from 'storybook/internal/types';

interface Item {
  name: string;
  kind?: string;
  type?: { text?: string };
  default?: string;
  description?: string;
  attribute?: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

export interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

/** A TypeScript type's text as a Storybook type: `string | undefined` is a string, and so is no type (an attribute read as text). */
function typeOf(text: string | undefined): SBType {
  const kinds = (text ?? 'string')
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t !== 'undefined' && t !== 'null');
  const [kind] = kinds;
  if (kinds.length === 1 && (kind === 'string' || kind === 'boolean' || kind === 'number')) return { name: kind };
  return { name: 'other', value: text ?? '' };
}

/** A row of the table: `type` for the control, none for what is only listed (events, slots, parts). */
function row(item: Item, category: string, type?: SBType, extra: Partial<StrictInputType> = {}): StrictInputType {
  return {
    name: item.name,
    description: item.description,
    type: type && { ...type, required: false },
    table: {
      category,
      type: item.type?.text ? { summary: item.type.text } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
    ...extra,
  };
}

/** `plenary-load` → `onPlenaryLoad`, the name Storybook gives an event's action. */
const handlerName = (event: string) => `on${event.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;

/** The argTypes of the element `tag`, or null when the manifest has none by that name. */
export function argTypesFor(manifest: Manifest, tag: string): StrictArgTypes | null {
  const element = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!element) return null;
  const argTypes: StrictArgTypes = {};
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static || member.attribute || member.privacy) continue;
    argTypes[member.name] = row(member, 'properties', typeOf(member.type?.text), member.readonly ? { control: false } : {});
  }
  for (const attribute of element.attributes ?? []) argTypes[attribute.name] = row(attribute, 'attributes', typeOf(attribute.type?.text));
  for (const event of element.events ?? []) {
    argTypes[handlerName(event.name)] = { name: handlerName(event.name), action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = row(event, 'events', undefined, { control: false });
  }
  for (const slot of element.slots ?? []) argTypes[`slot:${slot.name || 'default'}`] = row({ ...slot, name: slot.name || '(default)' }, 'slots', undefined, { control: false });
  // Controls for a few tokens only (stories/fixtures.ts, TOKENS): the stories set those.
  for (const property of element.cssProperties ?? []) argTypes[property.name] = row(property, 'css custom properties', { name: 'string' }, { control: false });
  for (const part of element.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts', undefined, { control: false });
  return argTypes;
}
