// How long the runtime takes to turn a theme into everything an app uses, per theme
// (target: ≤ 1 ms per theme, the compiler issue):
// parseTheme on the preset file, then plotlyTemplate + componentProps for every component
// + cssVariables, for both modes. Baseline in the same run: structuredClone of the same
// document, i.e. the cost of merely copying the data once.
import { readdirSync, readFileSync } from 'node:fs';
import { COMPONENT_NAMES, componentProps, cssVariables, parseTheme, plotlyTemplate, type Theme } from '../theme-runtime/index.ts';
import { measure, round } from './measure.ts';

const dir = new URL('../presets/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const raws = files.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as unknown);
const themes: Theme[] = raws.map((raw, i) => {
  const result = parseTheme(raw);
  if (!result.ok) throw new Error(`${files[i] ?? ''} does not parse`);
  return result.theme;
});

// A shallow copy has a new identity, so resolveTheme's per-object cache misses, as it
// does after every edit: this is the cost of compiling a theme once, not of a cache hit.
function compileAll(original: Theme) {
  const theme = { ...original };
  for (const mode of ['light', 'dark'] as const) {
    plotlyTemplate(theme, mode);
    for (const name of COMPONENT_NAMES) componentProps(theme, mode, name);
    cssVariables(theme, mode);
  }
}

const perTheme = (m: { median: number; p95: number }) => ({ median: m.median / themes.length, p95: m.p95 / themes.length });
const compile = perTheme(measure(() => themes.forEach(compileAll)));
const parse = perTheme(measure(() => raws.forEach(parseTheme)));
const baseline = perTheme(measure(() => themes.forEach((t) => structuredClone(t))));

console.log(`compile (template + props + variables, both modes): median ${compile.median.toFixed(3)} ms/theme, p95 ${compile.p95.toFixed(3)} ms`);
console.log(`parseTheme:                                          median ${parse.median.toFixed(3)} ms/theme, p95 ${parse.p95.toFixed(3)} ms`);
console.log(`baseline structuredClone:                            median ${baseline.median.toFixed(4)} ms/theme`);
console.log(`compile / baseline: ${(compile.median / baseline.median).toFixed(1)}×  (${themes.length} presets)`);

export const results = {
  compile_ms_per_theme: round(compile.median),
  compile_p95_ms_per_theme: round(compile.p95),
  parse_ms_per_theme: round(parse.median),
  baseline_clone_ms_per_theme: round(baseline.median, 5),
  compile_vs_clone_ratio: round(compile.median / baseline.median, 2),
};
