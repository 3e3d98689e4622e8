import type { PanelColorway } from '../checks/panel-checks.ts';
import { colorwayOnBackground } from '../../theme-runtime/audit/colorway-memo.ts';

export interface ColorwayVerdict {
  /** The smallest ΔE00 of any pair, over normal, protan, deutan and tritan vision. */
  worst: number;
  confusable: number;
  close: number;
  /** Series under 3:1 against the plot area. */
  faint: number;
  tone: 'ok' | 'warn' | 'bad';
  text: string;
}

/** `verdictOf` the check of `colors` on `plotBackground`. */
export function colorwayVerdict(colors: string[], plotBackground: string): ColorwayVerdict {
  return verdictOf(colorwayOnBackground(colors, plotBackground));
}

/** One line a person reads: how the worst pair does, and how many pairs are close or confusable. */
export function verdictOf(report: PanelColorway): ColorwayVerdict {
  const distances = report.worstPairs.map((p) => p.distance);
  const worst = Math.min(...distances);
  const confusable = report.worstPairs.filter((p) => p.level === 'confusable').length;
  const close = report.worstPairs.filter((p) => p.level === 'close').length;
  const faint = report.contrast?.failing.length ?? 0;
  const tone = confusable > 0 ? 'bad' : close > 0 || faint > 0 ? 'warn' : 'ok';
  const parts = [
    confusable > 0 ? `${confusable} confusable pair${confusable === 1 ? '' : 's'}` : undefined,
    close > 0 ? `${close} close pair${close === 1 ? '' : 's'}` : undefined,
    faint > 0 ? `${faint} under 3:1 on the plot` : undefined,
  ].filter((p) => p !== undefined);
  const text = `${parts.length === 0 ? 'Distinct for every vision' : parts.join(', ')} · worst ΔE00 ${Number.isFinite(worst) ? worst.toFixed(1) : '–'}`;
  return { worst, confusable, close, faint, tone, text };
}
