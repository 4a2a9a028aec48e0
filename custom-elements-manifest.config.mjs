// The Custom Elements Manifest (custom-elements.json): every element's
// attributes, properties, events, slots, parts and custom properties, read from
// the classes and their JSDoc.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
