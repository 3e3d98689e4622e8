import { create } from 'zustand';
import type { PlotlyFigure } from '../../theme-runtime/index.ts';
import { loadStoredCharts, storeCharts, type StoredListLoad } from '../store/persistence.ts';
import type { StoredChart } from '../store/stored-shapes.ts';

export interface YourChart {
  id: string;
  title: string;
  figure: PlotlyFigure;
}

interface YourCharts {
  charts: YourChart[];
  /** What the last visit's charts looked like when read back (problems, where the list was kept aside). */
  loaded: StoredListLoad<StoredChart>;
  /** Why the last change could not be stored, if it could not. */
  storeError: string | undefined;
  add: (chart: Omit<YourChart, 'id'>) => void;
  remove: (id: string) => void;
}

let next = 0;
const withId = (chart: StoredChart): YourChart => ({ ...chart, id: `your-${(next++).toString(36)}` });

/**
 * Figures a person pasted to see their own charts in the theme: shown first on the preview's
 * dashboard, in both modes, and kept in the browser for the next visit (read back through
 * their schema). They belong to the editor, not to the theme: no export carries them.
 */
export const useYourCharts = create<YourCharts>((set, get) => {
  const keep = (charts: YourChart[]) => {
    const result = storeCharts(charts.map(({ title, figure }) => ({ title, figure })));
    set({ charts, storeError: result.ok ? undefined : result.message });
  };
  const loaded = loadStoredCharts();
  return {
    charts: loaded.items.map(withId),
    loaded,
    storeError: undefined,
    add: (chart) => keep([...get().charts, withId(chart)]),
    remove: (id) => keep(get().charts.filter((c) => c.id !== id)),
  };
});
