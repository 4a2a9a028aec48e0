/** `code` (TypeScript or JavaScript, named `fileName`) with its html`…` templates' line-breaking white space made one space. */
export function compactTemplates(code: string, fileName: string): string;
