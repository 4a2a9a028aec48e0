/** `code` without the `desc` notes for translators of its msg() options. */
export function withoutNotes(code: string): string;
