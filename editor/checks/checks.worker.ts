// The theme checks, run beside the page (checks.ts): a drag's colour-vision and contrast checks
// take the other core, not the main thread's time between the preview's frames.
import { checkTheme, type ThemeReport } from '../../theme-runtime/audit/check-theme.ts';
import type { Theme } from '../../theme-runtime/model/types.ts';

/** What this module sees of a dedicated worker's global scope (the DOM lib types `self` as a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<Theme>) => void) | null;
  postMessage(report: ThemeReport): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(checkTheme(event.data));
