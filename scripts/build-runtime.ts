// Builds the runtime that exported theme packages carry: the React bindings (with the
// compilers they need) as minified ESM in build/runtime/, react and plotly.js left to the
// app, plus TypeScript declarations. `npm start`, `npm run build` and `npm run export` run
// it first; the editor bundles these files so its Export button can write packages too.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

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
console.log(`runtime built into ${OUT}/`);
