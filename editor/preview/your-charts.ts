import { create } from 'zustand';
import type { PlotlyFigure } from '../../theme-runtime/index.ts';

export interface YourChart {
  id: string;
  title: string;
  figure: PlotlyFigure;
}

/**
 * Figures a person pasted to see their own charts in the theme: shown first on the preview's
 * dashboard, in both modes. They belong to this visit, not to the theme (no export carries them).
 */
export const useYourCharts = create<{ charts: YourChart[]; add: (chart: Omit<YourChart, 'id'>) => void; remove: (id: string) => void }>((set, get) => ({
  charts: [],
  add: (chart) => set({ charts: [...get().charts, { ...chart, id: `your-${Date.now().toString(36)}-${get().charts.length}` }] }),
  remove: (id) => set({ charts: get().charts.filter((c) => c.id !== id) }),
}));
