// The theme checks, run beside the page (checks.ts): a drag's colour-vision and contrast checks
// take the other core, not the main thread's time between the preview's frames.
import { checkTheme, type ThemeReport } from '../../theme-runtime/audit/check-theme.ts';
import type { Theme } from '../../theme-runtime/model/types.ts';
import { forPanels, type PanelChecks } from './panel-checks.ts';
import { withPartsOf } from './shared-parts.ts';

/** What this module sees of a dedicated worker's global scope (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Theme>) => void) | null;
  postMessage(report: PanelChecks): void;
}

const scope = self as unknown as WorkerScope;
// The theme checked last and its report: a mode whose inputs are unchanged keeps its report.
let last: { theme: Theme; report: ThemeReport } | undefined;
scope.onmessage = (event) => {
  const theme = withPartsOf(event.data, last?.theme);
  const report = checkTheme(theme, last);
  last = { theme, report };
  scope.postMessage(forPanels(report));
};
