/**
 * What is wrong with text that is not JSON, said as `plenary validate` says it:
 * the line and column, and the likely mistake ("A comma too many before "}":
 * remove the last comma"), not the browser's "Expected double-quoted property
 * name at position 130". The reader with positions is loaded only for such text.
 */
export async function syntaxProblem(text: string, error: unknown): Promise<string> {
  try {
    const { JsonSyntaxError, parseJsonSource } = await import('./checks.js');
    try {
      parseJsonSource(text);
    } catch (problem) {
      if (problem instanceof JsonSyntaxError) return `line ${problem.line}, column ${problem.column}: ${problem.message}`;
    }
  } catch {
    // The reader could not be loaded (the network failed after the descriptor came): the browser's words.
  }
  return (error as Error).message;
}
