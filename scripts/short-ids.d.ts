/** The short name of each translated string's id (scripts/short-ids.js). */
export function messageIds(dir?: string): Map<string, string>;
/** `code` with each id of `ids` written short, in msg() options and as keys of a language's strings. */
export function shortenIds(code: string, ids: Map<string, string>): string;
