// The notes for translators (`desc`) that each msg() call carries: the string
// extractor reads them from the sources, and nothing reads them at run time, so
// the built code leaves them out (shipped-code.js).

const NOTE = /,\s*desc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;

/** `code` without the `desc` of its msg() options. */
export function withoutNotes(code) {
  return code.includes('desc:') ? code.replace(NOTE, '') : code;
}
