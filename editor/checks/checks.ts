import { startTransition, useEffect, useReducer } from 'react';
import { checkTheme, type Theme } from '../../theme-runtime/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { forPanels, type PanelChecks } from './panel-checks.ts';
import { ReportQueue } from './report-queue.ts';

// The editor's checks of its theme — every badge, verdict and finding reads them — are made in
// a worker (checks.worker.ts) and reach the panels a frame or two after the edit (during a
// drag, at most every LIVE_CHECK_INTERVAL_MS), in a transition: on a drag of a series colour on a 20-series theme the checks were ~3 ms of
// every step, on the main thread, between the preview's frames (bench:preview).

let send: ((theme: Theme) => void) | undefined;
const queue = new ReportQueue((theme) => (send ??= checker())(theme));

/** The worker, made on the first theme sent; where workers cannot run, the checks run here, a task later. */
function checker(): (theme: Theme) => void {
  const here = (theme: Theme) => setTimeout(() => queue.receive(forPanels(checkTheme(theme))));
  if (typeof Worker === 'undefined') return here;
  const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<PanelChecks>) => queue.receive(event.data);
  let pending: Theme | undefined;
  worker.onerror = (event) => {
    // A worker that fails (a script blocked, a check that throws) must not leave the panels
    // waiting: this theme and every later one are checked here instead.
    console.error('Design Kit: the checks worker failed; checking on the page instead.', event.message);
    send = here;
    worker.terminate();
    if (pending !== undefined) here(pending);
  };
  return (theme) => {
    pending = theme;
    worker.postMessage(theme);
  };
}

// Each edit is sent as it is made, not when some panel's render gets to it; a drag's steps at
// the drag's pace (report-queue.ts), and its last as soon as it ends.
useEditor.subscribe((state, previous) => {
  const live = state.history.gesture !== undefined;
  if (state.theme !== previous.theme) queue.request(state.theme, live);
  else if (!live && previous.history.gesture !== undefined) queue.flush();
});

/**
 * The checks of the editor's theme: its own report once made, meanwhile the newest one made
 * (an edit or two behind during a drag). A component reading them renders again when a
 * report arrives, in a transition; the first theme is checked at once, so the first render
 * shows its checks.
 */
export function useChecks(): PanelChecks {
  const [, reportArrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => queue.subscribe(() => startTransition(reportArrived)), []);
  return queue.report() ?? checkedNow(useEditor.getState().theme);
}

function checkedNow(theme: Theme): PanelChecks {
  const report = forPanels(checkTheme(theme));
  queue.add(theme, report);
  return report;
}
