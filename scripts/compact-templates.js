// The white space that lays out the elements' html`…` templates in the sources
// (a line break and the next line's indent) is shipped as it is written: the
// minifier leaves template text alone. In the browser, any run of white space
// between words or tags renders as one space, so the built code has one space
// where a run with a line break was. Only html`…` and svg`…` templates are
// touched (found by TypeScript's parser, not by pattern): other template
// strings, such as the copied programme's text, keep every line (shipped-code.js).
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);

/** `code` (TypeScript or JavaScript, named `fileName`) with its html`…` templates' line-breaking white space made one space. */
export function compactTemplates(code, fileName) {
  if (!/\b(?:html|svg)\s*`/.test(code)) return code;
  const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  // The text of each literal part, between its delimiters: ` or } before it, ` or ${ after it.
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      const literals = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const literal of literals) {
        const close = ts.isTemplateHead(literal) || ts.isTemplateMiddle(literal) ? 2 : 1;
        parts.push([literal.getStart(source) + 1, literal.getEnd() - close]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end] of parts.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}
