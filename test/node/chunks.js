// What the bundle tests share: the code a page loads for one entry of a build.

/**
 * The code a page loads for an entry: its chunk and every chunk it imports
 * statically. `chunks`: the build's chunks by file name.
 */
export function loadedCode(chunks, entryName) {
  const seen = new Set();
  const visit = (fileName) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const next of chunks.get(fileName).imports) visit(next);
  };
  visit([...chunks.values()].find((c) => c.isEntry && c.name === entryName).fileName);
  return [...seen].map((f) => chunks.get(f).code).join('\n');
}
