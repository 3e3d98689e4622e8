// Colour-science timings against the targets of the colour issue:
//   checkColorway, 12 colours × 4 deficiencies  ≤ 2 ms
//   checkTheme, per preset                      ≤ 5 ms
//   suggestColorway (8 colours)                 ≤ 20 ms
// Baseline in the same run: the same colorway check written the obvious way with chroma-js
// (simulate to hex, then chroma.deltaE on strings for every pair), as palette tools do.
import chroma from 'chroma-js';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkColorway, checkTheme, DEFICIENCIES, parseTheme, simulateCvd, suggestColorway, suggestSeries, type Theme } from '../theme-runtime/index.ts';
import { measure, round } from './measure.ts';

const palettes = JSON.parse(readFileSync(new URL('../fixtures/palettes.json', import.meta.url), 'utf8')) as Record<string, { colors: string[] }>;
const twelve = [...(palettes['category10']?.colors ?? []), ...(palettes['okabe_ito']?.colors.slice(1, 3) ?? [])];
if (twelve.length !== 12) throw new Error('expected 12 colours from the palette fixtures');

function naiveCheck(colors: string[]) {
  let worst = Infinity;
  for (const d of DEFICIENCIES) {
    const seen = colors.map((c) => simulateCvd(c, d));
    for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) worst = Math.min(worst, chroma.deltaE(seen[i] ?? '', seen[j] ?? ''));
  }
  return worst;
}

const dir = new URL('../presets/', import.meta.url);
const themes: Theme[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const r = parseTheme(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
    if (!r.ok) throw new Error(`${f} does not parse`);
    return r.theme;
  });

const colorway = measure(() => checkColorway(twelve, { background: '#ffffff' }));
const baseline = measure(() => naiveCheck(twelve));
// A shallow copy per call: resolveTheme caches per theme object, and an edit always makes a new one.
const theme = measure(() => themes.forEach((t) => checkTheme({ ...t })));
const perPreset = { median: theme.median / themes.length, p95: theme.p95 / themes.length };
const accents = ['#2563eb', '#e11d48', '#16a34a', '#f59e0b', '#7c3aed', '#0891b2'];
let next = 0;
const coldStart = performance.now();
suggestColorway('#c2410c', { backgrounds: { light: '#fbfbf9', dark: '#171717' } });
const cold = performance.now() - coldStart;
const suggest = measure(() => suggestColorway(accents[next++ % accents.length] ?? '#2563eb', { count: 8 }), { batches: 30 });
// What the editor and themeFromBrand ask: one series list, both modes' variants at once.
suggestSeries('#c2410c');
const series = measure(() => suggestSeries(accents[next++ % accents.length] ?? '#2563eb', { count: 8 }), { batches: 30 });

const ms = (n: number) => `${n.toFixed(3)} ms`;
console.log(`checkColorway 12 colours × 4 deficiencies: median ${ms(colorway.median)}, p95 ${ms(colorway.p95)}  (target ≤ 2 ms)`);
console.log(`  naive chroma-js baseline:              median ${ms(baseline.median)}  → ${(baseline.median / colorway.median).toFixed(1)}× faster`);
console.log(`checkTheme per preset (${themes.length} presets):     median ${ms(perPreset.median)}, p95 ${ms(perPreset.p95)}  (target ≤ 5 ms)`);
console.log(`suggestColorway, 8 colours:              median ${ms(suggest.median)}, p95 ${ms(suggest.p95)}  (target ≤ 20 ms); first call with new backgrounds ${ms(cold)}`);
console.log(`suggestSeries, 8 series × both modes:    median ${ms(series.median)}, p95 ${ms(series.p95)}`);

export const results = {
  checkColorway_ms: round(colorway.median),
  checkColorway_p95_ms: round(colorway.p95),
  checkColorway_naive_baseline_ms: round(baseline.median),
  checkColorway_speedup: round(baseline.median / colorway.median, 1),
  checkTheme_ms_per_preset: round(perPreset.median),
  checkTheme_p95_ms_per_preset: round(perPreset.p95),
  suggestColorway_ms: round(suggest.median),
  suggestColorway_p95_ms: round(suggest.p95),
  suggestColorway_cold_ms: round(cold),
  suggestSeries_ms: round(series.median),
  suggestSeries_p95_ms: round(series.p95),
};
