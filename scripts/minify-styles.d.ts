/** CSS text without comments and spare white space; quoted strings untouched. */
export function minifyCss(text: string): string;
/** `code` (a styles module, named `fileName`) with each css`…` template minified; a template with `${…}` is an error. */
export function minifyStyleTemplates(code: string, fileName: string): string;
