// The Custom Elements Manifest (custom-elements.json): every element's
// attributes, properties, events, slots, parts and custom properties, read from
// the classes and their JSDoc. Private and protected members are left out: the
// manifest describes what a page can use.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'public-members-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.members) {
              declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));
            }
          }
        }
      },
    },
  ],
};
