// Builds the runtime that exported theme packages carry: the React bindings (with the
// compilers they need) as minified ESM in build/runtime/, react and plotly.js left to the
// app, plus TypeScript declarations. `npm start`, `npm run build` and `npm run export` run
// it first; the editor bundles these files so its Export button can write packages too.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { propsReference } from './props-reference.ts';

const OUT = 'build/runtime';

await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: OUT,
    emptyOutDir: true,
    minify: true,
    lib: { entry: { react: 'theme-runtime/react/index.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      external: [/^react(\/|$)/, /^react-dom(\/|$)/, /^plotly\.js(\/|$)/],
      output: { chunkFileNames: '[name].js' },
    },
  },
});

// The package's own entries (index.js, react.js), from theme-runtime/package/. The theme's
// JSON files and the runtime stay outside them: imports the exported package resolves.
const RUNTIME_ENTRY = '../react/index.ts';
/** Where an external import points from the package root: the runtime bundle, or a JSON file beside the entry. */
function packagePath(id: string): string {
  if (id === RUNTIME_ENTRY || id.endsWith('/theme-runtime/react/index.ts')) return './runtime/react.js';
  if (id.endsWith('.json')) return `./${id.split('/').at(-1) ?? id}`;
  return id;
}
await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: `${OUT}/package`,
    emptyOutDir: true,
    minify: true,
    lib: { entry: { index: 'theme-runtime/package/index.ts', react: 'theme-runtime/package/react.tsx', 'react-core': 'theme-runtime/package/react-core.tsx', create: 'theme-runtime/package/create.ts' }, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      external: (id) => /^(react|react-dom|plotly\.js)(\/|$)/.test(id) || id === RUNTIME_ENTRY || id.endsWith('.json'),
      output: { paths: packagePath, chunkFileNames: '[name].js' },
    },
  },
});
// rolldown keeps external imports but not their import attributes, which Node requires for
// JSON (`with { type: 'json' }`); put them back on the package's own JSON imports.
for (const name of readdirSync(`${OUT}/package`).filter((f) => f.endsWith('.js'))) {
  const path = `${OUT}/package/${name}`;
  writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s*["']\.\/[a-z.-]+\.json["'])(?!\s*with)/g, "$1 with { type: 'json' }"));
}

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.runtime-types.json'], { stdio: 'inherit' });

// Our sources import './x.ts'; published declarations must say './x.js'.
function rewrite(dir: string) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) rewrite(path);
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8').replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+?)\.tsx?\2/g, '$1$2$3.js$2');
      writeFileSync(path, text);
    }
  }
}
rewrite(`${OUT}/types`);
// The package README's component reference, from the same types.
writeFileSync(`${OUT}/PROPS.md`, propsReference());
console.log(`runtime built into ${OUT}/`);
