// The Custom Elements Manifest (custom-elements.json): every element's
// attributes, properties, events, slots, parts and custom properties, read from
// the classes and their JSDoc. Private and protected members are left out: the
// manifest describes what a page can use.
//
// The manifest ships in the npm package, where the sources do not: every module
// it names is the built module (src/elements/card/card.ts becomes
// dist/npm/elements/card/card.js), and dist/npm/define.js, which defines every
// element, says which tag it defines with which class.

/** `src/x/y.ts` (or `/src/x/y.js`, as inherited members name their module) → `dist/npm/x/y.js`. */
const shipped = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/npm/$1.js');

/** Rewrites every `path` and `module` of the package's own modules, at any depth. */
function pointAtShipped(value) {
  if (Array.isArray(value)) {
    value.forEach(pointAtShipped);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shipped(inner);
      else pointAtShipped(inner);
    }
  }
}

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
    {
      name: 'shipped-modules',
      packageLinkPhase({ customElementsManifest }) {
        pointAtShipped(customElementsManifest.modules);
        const definitions = customElementsManifest.modules.flatMap((mod) =>
          (mod.declarations ?? [])
            .filter((d) => d.customElement && d.tagName)
            .map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } })),
        );
        customElementsManifest.modules.push({ kind: 'javascript-module', path: 'dist/npm/define.js', declarations: [], exports: definitions });
      },
    },
  ],
};
