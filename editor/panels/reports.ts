import { checkTheme, type Theme, type ThemeReport } from '../../theme-runtime/index.ts';

// Several panels show checks of the same theme (the colour fields' badges, the checks list,
// the colorway's verdicts): each check runs once per theme or colour list, not once per
// panel and render (colour lists: theme-runtime/audit/colorway-memo.ts, which checkTheme
// shares). On a drag step the colour-vision pair checks were the editor's largest cost after
// React itself (bench:preview profile).

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
