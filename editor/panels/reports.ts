import { checkTheme, type ColorwayReport, type Theme, type ThemeReport } from '../../theme-runtime/index.ts';
import { colorwayOnBackground } from '../../theme-runtime/audit/colorway-memo.ts';

// Several panels show checks of the same theme (the colour fields' badges, the checks list,
// the colorway's verdicts): each check runs once per theme or colour list, not once per
// panel and render. On a drag step the colour-vision pair checks were the editor's largest
// cost after React itself (bench:preview profile).

const themeReports = new WeakMap<Theme, ThemeReport>();
let last: { theme: Theme; report: ThemeReport } | undefined;

/**
 * `checkTheme`, once per theme object (themes are immutable values); a step of a drag in one
 * mode checks that mode again and keeps the other's report from the step before.
 */
export function themeReport(theme: Theme): ThemeReport {
  let report = themeReports.get(theme);
  if (report === undefined) {
    report = checkTheme(theme, last);
    themeReports.set(theme, report);
    last = { theme, report };
  }
  return report;
}

/**
 * `checkColorway` of these colours on this plot background, kept for the last few lists (the
 * same cache `checkTheme` uses): a drag of a role that is not the plot background leaves the
 * series as they were.
 */
export const colorwayReport = (colors: readonly string[], background: string): ColorwayReport => colorwayOnBackground(colors, background);
