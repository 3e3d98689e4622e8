// The theme checks, run beside the page (checks.ts): a drag's colour-vision and contrast checks
// take the other core, not the main thread's time between the preview's frames.
import { checkTheme } from '../../theme-runtime/audit/check-theme.ts';
import type { Theme } from '../../theme-runtime/model/types.ts';
import { forPanels, type PanelChecks } from './panel-checks.ts';

/** What this module sees of a dedicated worker's global scope (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Theme>) => void) | null;
  postMessage(report: PanelChecks): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(forPanels(checkTheme(event.data)));
