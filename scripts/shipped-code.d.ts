/** `code`, the module `fileName` (TypeScript source or compiled JavaScript), as it is shipped (scripts/shipped-code.js). */
export function finishModule(code: string, fileName: string): string;
