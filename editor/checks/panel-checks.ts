import type { ColorwayReport, Deficiency, ModeReport, PairCheck, ThemeReport } from '../../theme-runtime/index.ts';

// What the panels read of a theme's checks. A report comes from the worker by structured
// clone, and on a 20-series theme half of it is every pair's distance in every vision
// (`PairCheck.pairs`), which no panel shows: copying that onto the main thread took ~1 ms of
// every drag step (bench:preview trace). Of the pairs at their worst vision, the closest and
// those not distinct stay (what verdicts count and name); the verdicts and flagged pairs stay.

/** One vision's check without the list of every pair. */
export type VisionCheck = Omit<PairCheck, 'pairs'>;
export type PanelColorway = Omit<ColorwayReport, 'normal' | 'deficiencies'> & { normal: VisionCheck; deficiencies: Record<Deficiency, VisionCheck> };
export type PanelModeReport = Omit<ModeReport, 'colorway'> & { colorway: PanelColorway };
export type PanelChecks = Omit<ThemeReport, 'light' | 'dark'> & { light: PanelModeReport; dark: PanelModeReport };

const vision = ({ minDistance, failingPairs }: PairCheck): VisionCheck => ({ minDistance, failingPairs });

function colorway(report: ColorwayReport): PanelColorway {
  const { normal, deficiencies, worstPairs, ...rest } = report;
  const seen = Object.fromEntries(Object.entries(deficiencies).map(([d, check]) => [d, vision(check)])) as Record<Deficiency, VisionCheck>;
  // Closest first: the first is the closest.
  const named = worstPairs.filter((p, i) => i === 0 || p.level !== 'distinct');
  return { ...rest, worstPairs: named, normal: vision(normal), deficiencies: seen };
}

const mode = (report: ModeReport): PanelModeReport => ({ ...report, colorway: colorway(report.colorway) });

/** `report` as the panels read it. */
export function forPanels(report: ThemeReport): PanelChecks {
  return { ...report, light: mode(report.light), dark: mode(report.dark) };
}
