import type { PlotlyFigure } from '../../theme-runtime/index.ts';
import { REGIONS, WEEKS, revenueByRegion, weeklyUsers } from './sample-data.ts';

// Figures carry data only; every colour, font, margin and grid comes from the theme's template.

export const REVENUE_FIGURE: PlotlyFigure = {
  data: revenueByRegion().map(({ product, values }) => ({ type: 'bar', name: product, x: REGIONS, y: values })),
  layout: { barmode: 'group', title: { text: 'Revenue by region (k$)' }},
};

export const USERS_FIGURE: PlotlyFigure = {
  data: weeklyUsers().map(({ series, values }) => ({ type: 'scatter', mode: 'lines+markers', name: series, x: WEEKS, y: values })),
  layout: { title: { text: 'Weekly active users' }},
};
