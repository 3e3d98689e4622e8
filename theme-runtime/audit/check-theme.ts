import { apcaContrast } from '../color/apca.ts';
import type { ColorwayReport } from '../color/colorway-check.ts';
import { composite } from '../color/composite.ts';
import { contrastRatio } from '../color/contrast.ts';
import type { Deficiency } from '../color/cvd.ts';
import { fixContrast } from '../color/fix-contrast.ts';
import { checkColorscale, type ColorscaleReport } from '../color/scale-check.ts';
import { resolveTheme, type ResolvedTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import { colorwayOnBackground } from './colorway-memo.ts';
import { textPairs } from './text-pairs.ts';

export type WcagLevel = 'AAA' | 'AA' | 'fail';

export interface TextCheck {
  id: string;
  label: string;
  foreground: string;
  background: string;
  large: boolean;
  /** WCAG 2 ratio, 1–21. */
  ratio: number;
  /** APCA Lc of the foreground on the background (signed). */
  apca: number;
  /** AA: 4.5 (3 for large text); AAA: 7 (4.5 for large). */
  level: WcagLevel;
  /** JSON pointer of the colour to change, e.g. /colors/light/subtleText. */
  path: string;
  /** What the text sits on, in words ("cards", "the page", "the accent fill"). */
  on: string;
  /** Which side the fix changes: the text, or the surface (text on the accent fill is derived). */
  fixes: 'foreground' | 'background';
  /** When below AA: the nearest colour of the same hue that reaches AA, if there is one. */
  suggestion?: string;
}

export interface Finding {
  severity: 'error' | 'warning' | 'advice';
  mode: Mode;
  /** JSON pointer of the setting that fixes it: the editor links the finding to its control. */
  path: string;
  message: string;
}

export interface ModeReport {
  mode: Mode;
  text: TextCheck[];
  colorway: ColorwayReport;
  scales: { sequential: ColorscaleReport; diverging: ColorscaleReport };
  findings: Finding[];
}

export interface ThemeReport {
  light: ModeReport;
  dark: ModeReport;
  /** Both modes' findings, errors first. */
  findings: Finding[];
  /** No errors in either mode (warnings and advice allowed). */
  pass: boolean;
}

const NAMES: Record<Exclude<Deficiency, 'achroma'>, string> = { protan: 'protans', deutan: 'deutans', tritan: 'tritans' };
const ORDER = { error: 0, warning: 1, advice: 2 } as const;

function levelOf(ratio: number, large: boolean): WcagLevel {
  if (ratio >= (large ? 4.5 : 7)) return 'AAA';
  if (ratio >= (large ? 3 : 4.5)) return 'AA';
  return 'fail';
}

// Ratios are truncated, never rounded up: 2.996:1 does not meet 3:1 and must not read "3.00".
const fmt = (n: number) => (Math.floor(n * 100) / 100).toFixed(2);

function checkMode(theme: Theme, mode: Mode): ModeReport {
  const r = resolveTheme(theme, mode);
  const findings: Finding[] = [];

  // Translucent colours are measured as they show: the page on the browser's canvas, every
  // other surface on the page, text on its surface (contrastRatio composites the text).
  const page = composite(r.colors.backgroundPage, mode === 'light' ? '#ffffff' : '#000000');
  const shown = (bg: string) => (bg === r.colors.backgroundPage ? page : composite(bg, page));
  const text = textPairs(r, theme.colors[mode]).map((p): TextCheck => {
    const ratio = contrastRatio(p.foreground, shown(p.background));
    const level = levelOf(ratio, p.large);
    const path = `/colors/${mode}/${p.fixRole}`;
    const check: TextCheck = { id: p.id, label: p.label, foreground: p.foreground, background: p.background, large: p.large, ratio, apca: apcaContrast(p.foreground, shown(p.background)), level, path, on: p.on, fixes: p.fixes };
    if (level === 'fail') {
      const needed = p.large ? 3 : 4.5;
      const suggestion = p.fixes === 'background' ? fixContrast(p.background, p.foreground, needed) : fixContrast(p.foreground, shown(p.background), needed);
      if (suggestion !== undefined) check.suggestion = suggestion;
      findings.push({
        severity: 'error',
        mode,
        path,
        message: `${p.label}: ${fmt(ratio)}:1, below the ${needed}:1 WCAG AA asks${suggestion === undefined ? '' : ` — ${suggestion} would reach it`}`,
      });
    }
    return check;
  });

  // Series are drawn on the plot area. Every pair is named once, at its worst vision:
  // confusable (< 6 ΔE00) fails, close (< 10, under cols4all's "friendly" line) warns.
  const colorway = colorwayOnBackground(r.colorway, composite(r.colors.plotBackground, shown(r.colors.backgroundContent)));
  const series = (i: number) => `series ${i + 1} (${r.colorway[i] ?? '?'})`;
  findings.push(...colorwayPairFindings(colorway, mode, series));
  for (const i of colorway.contrast?.failing ?? []) {
    const ratio = colorway.contrast?.ratios[i] ?? 0;
    findings.push({ severity: 'warning', mode, path: `/colorway/${i}`, message: `${series(i)} has ${fmt(ratio)}:1 against the plot background; thin lines and small markers need 3:1` });
  }
  if (colorway.deficiencies.achroma.failingPairs.length > 0) {
    findings.push({
      severity: 'advice',
      mode,
      path: '/chart/symbols',
      message: `${colorway.deficiencies.achroma.failingPairs.length} pairs of series look alike in greyscale (print, achromatopsia); marker symbols and dashes keep them apart`,
    });
  }

  findings.push(...gridFindings(r, mode), ...edgeFindings(theme, r, mode));

  const scales = {
    sequential: checkColorscale(r.scales.sequential, 'sequential'),
    diverging: checkColorscale(r.scales.diverging, 'diverging'),
  };
  for (const kind of ['sequential', 'diverging'] as const) {
    for (const problem of scales[kind].problems) {
      findings.push({ severity: 'warning', mode, path: `/scales/${kind}`, message: `The ${kind} scale: ${problem}` });
    }
  }
  return { mode, text, colorway, scales, findings };
}

function colorwayPairFindings(report: ColorwayReport, mode: Mode, series: (i: number) => string): Finding[] {
  return report.worstPairs
    .filter((p) => p.level !== 'distinct')
    .map(({ pair: [i, j], distance, level, vision }) => {
      const sight = vision === 'normal' ? 'for anyone' : `for ${NAMES[vision]}`;
      return {
        severity: level === 'confusable' ? 'error' : 'warning',
        mode,
        path: `/colorway/${j}`,
        message:
          level === 'confusable'
            ? `${series(i)} and ${series(j)} look alike ${sight} (ΔE00 ${distance.toFixed(1)}, confusable below 6)`
            : `${series(i)} and ${series(j)} are close ${sight} (ΔE00 ${distance.toFixed(1)}; 10 keeps thin lines apart)`,
      };
    });
}

/**
 * Gridlines guide the eye and must not compete with the data: visible against the plot area
 * (1.1:1, about the faintest line people report seeing on a screen) and quieter than every
 * series (below the lowest series' own contrast against the plot area).
 */
function gridFindings(r: ResolvedTheme, mode: Mode): Finding[] {
  if (r.chart.gridlines === 'none') return [];
  const grid = contrastRatio(r.colors.grid, r.colors.plotBackground);
  const quietest = Math.min(...r.colorway.map((c) => contrastRatio(c, r.colors.plotBackground)));
  const path = `/colors/${mode}/grid`;
  if (grid < 1.1) return [{ severity: 'warning', mode, path, message: `Gridlines have ${fmt(grid)}:1 against the plot area: too faint to see (1.1:1 at least)` }];
  if (grid >= quietest) return [{ severity: 'warning', mode, path, message: `Gridlines (${fmt(grid)}:1 against the plot area) are as strong as the data (${fmt(quietest)}:1): make them quieter` }];
  return [];
}

/**
 * Table rules and input edges the theme colours itself: a line below 1.1:1 against the card
 * is not seen at all; an input's edge below 3:1 does not identify it (WCAG 1.4.11), which
 * is advice, as most design systems draw quieter edges and label every input.
 */
function edgeFindings(theme: Theme, r: ResolvedTheme, mode: Mode): Finding[] {
  const out: Finding[] = [];
  const set = theme.colors[mode];
  const on = composite(r.colors.backgroundContent, r.colors.backgroundPage);
  if (set.tableBorder !== undefined) {
    const ratio = contrastRatio(r.colors.tableBorder, on);
    if (ratio < 1.1) out.push({ severity: 'warning', mode, path: `/colors/${mode}/tableBorder`, message: `Table lines have ${fmt(ratio)}:1 against cards: too faint to see (1.1:1 at least)` });
  }
  if (set.controlBorder !== undefined) {
    const ratio = contrastRatio(r.colors.controlBorder, on);
    const path = `/colors/${mode}/controlBorder`;
    if (ratio < 1.1) out.push({ severity: 'warning', mode, path, message: `Input edges have ${fmt(ratio)}:1 against cards: too faint to see (1.1:1 at least)` });
    else if (ratio < 3) out.push({ severity: 'advice', mode, path, message: `Input edges have ${fmt(ratio)}:1 against cards; 3:1 lets them identify the input on their own (WCAG 1.4.11)` });
  }
  return out;
}

/**
 * True when a mode's report of `a` is that of `b`: one mode's checks read that mode's colours
 * and every setting but the colours, so an edit of the other mode's colours leaves it as it
 * was. Compared by identity (themes are immutable values): anything else changed counts.
 */
function sameInputs(a: Theme, b: Theme, mode: Mode): boolean {
  if (a.colors[mode] !== b.colors[mode]) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (key !== 'colors' && (a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key]) return false;
  return true;
}

/**
 * The accessibility report of a theme, per mode: every text/background pair the runtime
 * draws against WCAG 2 (with APCA alongside), the colorway against the plot background and
 * under colour-vision deficiencies, and both colour scales. Each finding names the setting
 * that fixes it. With `previous` (the report of an earlier version of the theme), a mode
 * whose inputs did not change keeps its report: a colour drag in one mode checks that mode.
 */
export function checkTheme(theme: Theme, previous?: { theme: Theme; report: ThemeReport }): ThemeReport {
  const light = previous && sameInputs(theme, previous.theme, 'light') ? previous.report.light : checkMode(theme, 'light');
  const dark = previous && sameInputs(theme, previous.theme, 'dark') ? previous.report.dark : checkMode(theme, 'dark');
  const findings = [...light.findings, ...dark.findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return { light, dark, findings, pass: !findings.some((f) => f.severity === 'error') };
}
