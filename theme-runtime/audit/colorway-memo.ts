import { checkColorway, type ColorwayReport } from '../color/colorway-check.ts';
import type { HexColor } from '../color/hex.ts';

// A colorway's check is the largest part of a theme's (every pair, in five visions), and most
// edits leave the series and the plot background as they were: a drag of a page or text
// colour, or of the other mode's. The last few lists are kept.
const KEEP = 16;
const reports = new Map<string, ColorwayReport>();

/**
 * `checkColorway(colors, { background })`, once per list of colours and background among the
 * last few asked for. The report is shared between callers: treat it as read-only.
 */
export function colorwayOnBackground(colors: readonly HexColor[], background: HexColor): ColorwayReport {
  const key = `${background} ${colors.join(' ')}`;
  let report = reports.get(key);
  if (report === undefined) {
    report = checkColorway(colors, { background });
    reports.set(key, report);
    if (reports.size > KEEP) reports.delete(reports.keys().next().value ?? key);
  }
  return report;
}
