// Size budget of the exported package (targets: core entry ≤ 6 KB, ./react ≤ 12 KB,
// minified + gzipped, peer dependencies excluded). Each entry is bundled as an app's
// bundler would: the default preset exported, `import * as t from 'acme-theme'` (and
// '…/react') built by Vite as an app, react, plotly.js and font CSS left out. The core entry is
// measured twice: with the theme data it imports (what an app ships) and code alone.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { parseTheme } from '../theme-runtime/index.ts';
import { packageFiles } from '../editor/export/package-files.ts';
import { readRuntimeFiles } from '../editor/export/runtime-files-node.ts';

const preset = parseTheme(JSON.parse(readFileSync(new URL('../presets/design-kit.json', import.meta.url), 'utf8')));
if (!preset.ok) throw new Error('design-kit preset does not parse');
const dir = mkdtempSync(join(tmpdir(), 'dk-size-'));
const pkgDir = join(dir, 'node_modules', 'acme-theme');
for (const [path, text] of Object.entries(packageFiles(preset.theme, readRuntimeFiles(), { name: 'acme-theme', version: '1.0.0' }))) {
  mkdirSync(dirname(join(pkgDir, path)), { recursive: true });
  writeFileSync(join(pkgDir, path), text);
}

interface Sizes {
  /** The entry and every chunk it imports statically: what a page loads before it renders. */
  initial: number;
  /** Chunks it imports dynamically (the chart code that loads with plotly.js). */
  lazy: number;
}

/** Bundles `entry` as an app's Vite build would; gzipped KB, split by when the browser loads each chunk. */
async function gzippedKb(entry: string, external: RegExp[]): Promise<Sizes> {
  writeFileSync(join(dir, 'entry.js'), entry);
  const out = join(dir, 'out');
  const output = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    // An app build, not lib mode: lib mode's ES output keeps whitespace (for the app's own
    // bundler to minify later), which would count bytes no app ships.
    build: { outDir: out, emptyOutDir: true, minify: true, rolldownOptions: { input: join(dir, 'entry.js'), preserveEntrySignatures: 'strict', external } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const next of byName.get(name)?.imports ?? []) visit(next);
  };
  for (const c of chunks) if (c.isEntry) visit(c.fileName);
  const kb = (names: string[]) => names.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0) / 1024;
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f));
  return { initial: kb(files.filter((f) => initial.has(f))), lazy: kb(files.filter((f) => !initial.has(f))) };
}

const PEERS = [/^react(\/|$)/, /^react-dom(\/|$)/, /^plotly\.js(\/|$)/, /^@fontsource\//];
const core = await gzippedKb("export * from 'acme-theme';\n", PEERS);
const coreCode = await gzippedKb("export * from 'acme-theme';\n", [...PEERS, /\.json$/]);
const react = await gzippedKb("export * from 'acme-theme/react';\n", PEERS);
rmSync(dir, { recursive: true, force: true });

console.log(`core entry ('acme-theme'), code:              ${coreCode.initial.toFixed(2)} KB gz  (target ≤ 6 KB: ${coreCode.initial <= 6 ? 'met' : 'MISSED'})`);
console.log(`core entry with the theme data it imports:   ${core.initial.toFixed(2)} KB gz  (both modes precomputed: templates for 33 trace types, props of 20 components, variables)`);
console.log(`react entry ('acme-theme/react') with theme: ${react.initial.toFixed(2)} KB gz  (its stylesheet compiled at export; target ≤ 12 KB: ${react.initial <= 12 ? 'met' : 'MISSED'})`);
console.log(`  + chart code loaded with plotly.js:        ${react.lazy.toFixed(2)} KB gz  (loaded with the first chart: drawing, the template compiler, events, repaint, and the theme compilers another theme would need; total ${(react.initial + react.lazy).toFixed(2)} KB)`);
console.log('(an app build with Vite: minified, the chunk-preload helper included, react, react-dom, plotly.js and font CSS excluded)');

export const results = { core_code_kb: Number(coreCode.initial.toFixed(2)), core_with_theme_data_kb: Number(core.initial.toFixed(2)), react_kb: Number(react.initial.toFixed(2)), react_chart_code_kb: Number(react.lazy.toFixed(2)) };

if (process.argv[1]?.endsWith('size.ts')) console.log(JSON.stringify(results));
