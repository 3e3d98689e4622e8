import { checkColorway, type ColorwayReport } from '../../theme-runtime/index.ts';

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

/** One line a person reads: how the worst pair does, and how many pairs are close or confusable. */
export function colorwayVerdict(colors: string[], plotBackground: string): ColorwayVerdict {
  const report: ColorwayReport = checkColorway(colors, { background: plotBackground });
  const worstOf = new Map<string, number>();
  for (const check of [report.normal, report.deficiencies.protan, report.deficiencies.deutan, report.deficiencies.tritan]) {
    for (const p of check.pairs) {
      const key = p.pair.join(':');
      worstOf.set(key, Math.min(worstOf.get(key) ?? Infinity, p.distance));
    }
  }
  const distances = [...worstOf.values()];
  const worst = Math.min(...distances);
  const confusable = distances.filter((d) => d < 6).length;
  const close = distances.filter((d) => d >= 6 && d < 10).length;
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
