/**
 * Plain HTML written as a tree of nodes, then printed: every text and attribute
 * value escaped on the way out, so nothing a descriptor says can become markup.
 * Elements that hold only blocks put each on a line of its own, indented;
 * anything holding text stays on one line, with no space added or removed.
 */

export interface Tag {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | undefined>>;
  readonly children: readonly Piece[];
}

/** Text (escaped when printed) or an element. */
export type Piece = string | Tag;

/** What a child may be; `undefined`, `false` and `null` stand for nothing, arrays are spread. */
export type Child = Piece | undefined | null | false | readonly Child[];

export function h(tag: string, attrs: Readonly<Record<string, string | undefined>>, ...children: Child[]): Tag {
  return { tag, attrs, children: flatten(children) };
}

function flatten(children: readonly Child[]): Piece[] {
  const out: Piece[] = [];
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child as readonly Child[]));
    else out.push(child as Piece);
  }
  return out;
}

const BLOCK = new Set(['div', 'section', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary']);

/** Elements with no content and no end tag. */
const VOID = new Set(['br']);

const isBlock = (node: Piece): boolean => typeof node !== 'string' && BLOCK.has(node.tag);

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

function open(el: Tag): string {
  const attrs = Object.entries(el.attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${el.tag}${attrs}>`;
}

/** The nodes as HTML, each block element on its own line, `indent` spaces in. */
export function print(nodes: readonly Piece[], indent = 0): string {
  return nodes.map((node) => line(node, indent)).join('\n');
}

function line(node: Piece, indent: number): string {
  const pad = ' '.repeat(indent);
  if (typeof node === 'string') return pad + escapeText(node);
  // An element holding only blocks puts each on a line of its own; one holding text or inline elements stays on one line.
  if (node.children.length > 0 && node.children.every(isBlock)) {
    return `${pad}${open(node)}\n${print(node.children, indent + 2)}\n${pad}</${node.tag}>`;
  }
  return pad + inline(node);
}

function inline(node: Piece): string {
  if (typeof node === 'string') return escapeText(node);
  if (VOID.has(node.tag)) return open(node);
  return `${open(node)}${node.children.map(inline).join('')}</${node.tag}>`;
}
