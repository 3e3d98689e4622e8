import { create } from 'zustand';

/** Whether the report is being laid out for print (PrintReport mounts it while true). */
export const usePrintState = create<{ active: boolean }>(() => ({ active: false }));

/**
 * "Print / PDF": lays the report out on its own, in the paper's mode, waits for its charts,
 * then opens the browser's print dialog (where "Save as PDF" lives). The editor's chrome is
 * hidden from print while the report is printed; it ends with the print (afterprint).
 */
export function printReport(): void {
  if (usePrintState.getState().active) return;
  usePrintState.setState({ active: true });
}

export function endPrint(): void {
  usePrintState.setState({ active: false });
}

const CHART_WAIT_MS = 15_000;

/**
 * Resolves once every chart in `root` has drawn (or after a while, so a chart that fails
 * never keeps the report from printing) and the fonts are in.
 */
export async function chartsDrawn(root: HTMLElement): Promise<void> {
  const started = performance.now();
  const drawn = () => [...root.querySelectorAll('.dk-Graph')].every((g) => g.querySelector('.main-svg') !== null || g.querySelector('.dk-Graph__error') !== null);
  while (!drawn() && performance.now() - started < CHART_WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await document.fonts.ready;
  // Two frames: the last chart's layout and paint land before the print layout starts.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
