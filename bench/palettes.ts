// Colorway quality, as the brand-colour issue asks it, for our suggestions beside published
// palettes. 200 seeded random accents × counts 3–8 × both modes × every variant:
//   every colour ≥ 3:1 on its mode's plot background (white, #121212);
//   worst case over protan, deutan, tritan of the smallest pairwise ΔE00: ≥ 12 up to 5
//   colours, ≥ 10 at 8; normal vision ΔE00 ≥ 15 at 8 (median over accents);
//   OKLCH chroma ≥ 0.05 for every colour but the brand; balanced: max/min chroma ≤ 2.5;
//   the brand first; no other colour within ΔE00 10 of the negative/positive accents.
// The reference palettes (Okabe–Ito and Paul Tol's from fixtures/palettes.json, Tableau 10
// and ColorBrewer Set1/Dark2 from vega's scheme registry) are measured the same way, first
// 8 colours. Last line: JSON.
import { readFileSync } from 'node:fs';
import { scheme } from 'vega';
import { checkColorway, contrastRatio, colorDistance, DEFAULT_THEME } from '../theme-runtime/index.ts';
import { toOklch } from '../theme-runtime/color/oklch.ts';
import { COLORWAY_VARIANTS, suggestSeries, type ColorwayVariant } from '../theme-runtime/color/suggest-colorway.ts';

const BACKGROUNDS = { light: '#ffffff', dark: '#121212' } as const;
const COUNTS = [3, 4, 5, 6, 7, 8];
const ACCENTS = 200;

// A fixed-seed Lehmer generator: the same 200 accents every run.
let seed = 20261201;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const accents = Array.from({ length: ACCENTS }, () => `#${Math.floor(random() * 0x1000000).toString(16).padStart(6, '0')}`);

interface Figures {
  minContrast: number;
  worstCvd: number;
  normal: number;
  minChroma: number;
  chromaRatio: number;
}

function figuresOf(colors: string[], background: string, exemptFirst: boolean): Figures {
  const report = checkColorway(colors);
  const chromas = colors.slice(exemptFirst ? 1 : 0).map((c) => toOklch(c)[1]);
  return {
    minContrast: Math.min(...colors.map((c) => contrastRatio(c, background))),
    worstCvd: Math.min(report.deficiencies.protan.minDistance, report.deficiencies.deutan.minDistance, report.deficiencies.tritan.minDistance),
    normal: report.normal.minDistance,
    minChroma: Math.min(...chromas),
    chromaRatio: Math.max(...chromas) / Math.min(...chromas),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const f1 = (n: number) => n.toFixed(1);

type Row = { variant: ColorwayVariant; mode: 'light' | 'dark'; count: number; minContrast: number; worstCvdMin: number; worstCvdMedian: number; normalMedian: number; minChroma: number; maxChromaRatio: number; nearSemantic: number };
const rows: Row[] = [];
const started = performance.now();
for (const variant of COLORWAY_VARIANTS) {
  for (const count of COUNTS) {
    const per: Record<'light' | 'dark', Figures[]> = { light: [], dark: [] };
    const near = { light: 0, dark: 0 };
    for (const accent of accents) {
      const reserved = ['light', 'dark'].flatMap((m) => [DEFAULT_THEME.colors[m as 'light'].accentNegative, DEFAULT_THEME.colors[m as 'light'].accentPositive]);
      const s = suggestSeries(accent, { count, variant, backgrounds: BACKGROUNDS, reserved });
      for (const mode of ['light', 'dark'] as const) {
        per[mode].push(figuresOf(s[mode], BACKGROUNDS[mode], true));
        const semantic = [DEFAULT_THEME.colors[mode].accentNegative, DEFAULT_THEME.colors[mode].accentPositive];
        near[mode] += s[mode].slice(1).filter((c) => semantic.some((x) => colorDistance(c, x) < 10)).length;
      }
    }
    for (const mode of ['light', 'dark'] as const) {
      const f = per[mode];
      rows.push({
        variant,
        mode,
        count,
        minContrast: Math.min(...f.map((x) => x.minContrast)),
        worstCvdMin: Math.min(...f.map((x) => x.worstCvd)),
        worstCvdMedian: median(f.map((x) => x.worstCvd)),
        normalMedian: median(f.map((x) => x.normal)),
        minChroma: Math.min(...f.map((x) => x.minChroma)),
        maxChromaRatio: Math.max(...f.map((x) => x.chromaRatio)),
        nearSemantic: near[mode],
      });
    }
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`Our suggestions: ${ACCENTS} seeded accents, per variant, mode and count (worst over accents unless "median")`);
console.log('variant    mode  n  min 3:1   worst CVD ΔE min / median   normal ΔE median   min chroma   max chroma ratio   near semantic');
for (const r of rows) {
  console.log(
    `${r.variant.padEnd(10)} ${r.mode.padEnd(5)} ${r.count}  ${r.minContrast.toFixed(2).padStart(6)}    ${f1(r.worstCvdMin).padStart(5)} / ${f1(r.worstCvdMedian).padStart(5)}            ${f1(r.normalMedian).padStart(5)}          ${r.minChroma.toFixed(3)}        ${r.maxChromaRatio.toFixed(2).padStart(5)}              ${r.nearSemantic}`,
  );
}

const fixtures = JSON.parse(readFileSync(new URL('../fixtures/palettes.json', import.meta.url), 'utf8')) as Record<string, { colors: string[] }>;
const references: Record<string, string[]> = {
  'Okabe–Ito': fixtures['okabe_ito']?.colors ?? [],
  'Tol bright': fixtures['tol_bright']?.colors ?? [],
  'Tol vibrant': fixtures['tol_vibrant']?.colors ?? [],
  'Tol muted': fixtures['tol_muted']?.colors ?? [],
  'Tableau 10': scheme('tableau10') as string[],
  'ColorBrewer Set1': scheme('set1') as string[],
  'ColorBrewer Dark2': scheme('dark2') as string[],
};
console.log('\nReference palettes, first 8 colours (as published, one list for both modes)');
console.log('palette              n  min 3:1 on white / on #121212   worst CVD ΔE   normal ΔE   min chroma');
const referenceFigures: Record<string, object> = {};
for (const [name, all] of Object.entries(references)) {
  const colors = all.slice(0, 8).map((c) => c.toLowerCase());
  const onWhite = figuresOf(colors, BACKGROUNDS.light, false);
  const onDark = figuresOf(colors, BACKGROUNDS.dark, false);
  referenceFigures[name] = { count: colors.length, minContrastLight: onWhite.minContrast, minContrastDark: onDark.minContrast, worstCvd: onWhite.worstCvd, normal: onWhite.normal, minChroma: onWhite.minChroma };
  console.log(`${name.padEnd(20)} ${colors.length}  ${onWhite.minContrast.toFixed(2).padStart(6)} / ${onDark.minContrast.toFixed(2).padStart(6)}                 ${f1(onWhite.worstCvd).padStart(5)}          ${f1(onWhite.normal).padStart(5)}      ${onWhite.minChroma.toFixed(3)}`);
}

const at = (count: number) => rows.filter((r) => r.count === count);
const targets = {
  contrast: rows.every((r) => r.minContrast >= 3),
  cvdUpTo5: rows.filter((r) => r.count <= 5).every((r) => r.worstCvdMin >= 12),
  cvdAt8: at(8).every((r) => r.worstCvdMin >= 10),
  normalAt8: at(8).every((r) => r.normalMedian >= 15),
  chroma: rows.every((r) => r.minChroma >= 0.05),
  balancedRatio: rows.filter((r) => r.variant === 'balanced').every((r) => r.maxChromaRatio <= 2.5),
  clearOfSemantic: rows.every((r) => r.nearSemantic === 0),
};
const failing = Object.entries(targets).filter(([, ok]) => !ok).map(([k]) => k);
console.log(`\n${failing.length === 0 ? 'Every target met' : `Targets missed: ${failing.join(', ')}`} (${seconds.toFixed(0)} s)`);
console.log(JSON.stringify({ bench: 'palettes', accents: ACCENTS, targets, rows, references: referenceFigures }));
