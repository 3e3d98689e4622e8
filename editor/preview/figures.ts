import type { PlotlyFigure } from '../../theme-runtime/index.ts';
import {
  activityGrid, CHANNELS, channelShare, HOURS, orderValues, priceVsDemand, REGIONS, responseTimes, revenueByRegion, WEEKDAYS, WEEKS, weeklyUsers,
} from './sample-data.ts';

// Figures carry data only; every colour, font, margin and grid comes from the theme's
// template. Titles live in the card headers, so the figures have none.

export interface PreviewChart {
  id: string;
  title: string;
  /** What a screen reader announces for the chart. */
  description: string;
  figure: PlotlyFigure;
}

const users = weeklyUsers();

export const CHARTS: PreviewChart[] = [
  {
    id: 'users',
    title: 'Weekly active users',
    description: 'Line chart of weekly active users on web, iOS and Android',
    figure: { data: users.map(({ series, values }) => ({ type: 'scatter', mode: 'lines+markers', name: series, x: WEEKS, y: values })) },
  },
  {
    id: 'revenue',
    title: 'Revenue by region (k$)',
    description: 'Grouped bar chart of revenue by region and product',
    figure: { data: revenueByRegion().map(({ product, values }) => ({ type: 'bar', name: product, x: REGIONS, y: values })), layout: { barmode: 'group' } },
  },
  {
    id: 'demand',
    title: 'Price and demand',
    description: 'Scatter plot of demand against price for three customer segments',
    figure: { data: priceVsDemand().map(({ segment, price, demand }) => ({ type: 'scatter', mode: 'markers', name: segment, x: price, y: demand })), layout: { xaxis: { title: { text: 'Price ($)' } }, yaxis: { title: { text: 'Units' } } } },
  },
  {
    id: 'channels',
    title: 'Orders by channel',
    description: 'Pie chart of the share of orders by sales channel',
    figure: { data: [{ type: 'pie', labels: CHANNELS, values: channelShare(), hole: 0.45, sort: false }] },
  },
  {
    id: 'activity',
    title: 'Activity by hour',
    description: 'Heatmap of activity by weekday and hour, on the theme’s sequential colour scale',
    figure: { data: [{ type: 'heatmap', x: HOURS, y: WEEKDAYS, z: activityGrid(), hovertemplate: '%{y} %{x:02d}:00: %{z}<extra></extra>' }], layout: { xaxis: { tickformat: '02d', ticksuffix: ':00' } } },
  },
  {
    id: 'latency',
    title: 'Response time (ms)',
    description: 'Box plot of response times for four services',
    figure: { data: responseTimes().map(({ service, ms }) => ({ type: 'box', name: service, y: ms })), layout: { showlegend: false } },
  },
  {
    id: 'orders',
    title: 'Order value ($)',
    description: 'Overlaid histograms of order value for new and returning customers',
    figure: { data: orderValues().map(({ kind, values }) => ({ type: 'histogram', name: kind, x: values, opacity: 0.75, nbinsx: 24 })), layout: { barmode: 'overlay' } },
  },
  {
    id: 'sessions',
    title: 'Sessions by platform',
    description: 'Stacked area chart of sessions by platform over time',
    figure: { data: users.map(({ series, values }) => ({ type: 'scatter', mode: 'lines', stackgroup: 'one', name: series, x: WEEKS, y: values })) },
  },
];

export const REPORT_FIGURE: PlotlyFigure = CHARTS[1]?.figure ?? { data: [] };
