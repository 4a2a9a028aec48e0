// The elements' styles (the `css` templates of the `*.styles.ts` files, which
// hold no `${…}`) without comments and spare white space: bundlers leave
// template text as it is written, in the CDN build and in an app that bundles
// the npm modules alike (shipped-code.js). Quoted strings (`content: '…'`) are
// kept as they are.

const QUOTED = /('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/;

/** CSS text without comments and spare white space; quoted strings untouched. */
export function minifyCss(text) {
  const parts = text.replace(/\/\*[\s\S]*?\*\//g, '').split(QUOTED);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};])\s*/g, '$1')
            .replace(/([:,])\s+/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** `code` (a styles module, named `fileName`) with each css`…` template minified; a template with `${…}` is an error. */
export function minifyStyleTemplates(code, fileName) {
  return code.replace(/\bcss(\s*)`([^`]*)`/g, (_, space, text) => {
    if (text.includes('${')) throw new Error(`${fileName}: a css template with \${…} cannot be minified as text`);
    return `css${space}\`${minifyCss(text)}\``;
  });
}
