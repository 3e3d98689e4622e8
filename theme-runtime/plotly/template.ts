import { resolveTheme, type ResolvedTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import { plotlyColor as pc, plotlyColorscale } from './color.ts';
import type { PlotlyTemplate } from './types.ts';

type Json = Record<string, unknown>;

function font(r: ResolvedTheme, kind: 'body' | 'heading', color: string, size?: number): Json {
  const f = r.fonts[kind];
  return { family: f.family, size: size ?? f.size, color: pc(color) };
}

function axis(r: ResolvedTheme, showgrid: boolean): Json {
  const c = r.colors;
  return {
    showgrid,
    gridcolor: pc(c.grid),
    gridwidth: 1,
    linecolor: pc(c.border),
    showline: true,
    zerolinecolor: pc(c.zeroLine),
    zerolinewidth: 1,
    ticks: 'outside',
    tickcolor: pc(c.border),
    tickfont: { color: pc(c.subtleText) },
    title: { font: { color: pc(c.text) }, standoff: 12 },
    automargin: true,
  };
}

// The title sits at the top of the figure and a top legend just above the plot area, so
// the two stack instead of overlapping; a bottom legend hangs below the axis title.
const LEGEND: Record<Exclude<Theme['chart']['legendPosition'], 'hidden'>, Json> = {
  top: { orientation: 'h', x: 0, xanchor: 'left', y: 1, yanchor: 'bottom', yref: 'paper' },
  bottom: { orientation: 'h', x: 0, xanchor: 'left', y: 0, yanchor: 'top', yref: 'container' },
  right: { orientation: 'v', x: 1.02, xanchor: 'left', y: 1, yanchor: 'top' },
};

/** Compact margins; axes have automargin, so long tick labels still get room. Top leaves room for title and legend. */
function margin(legend: Theme['chart']['legendPosition']): Json {
  return { t: legend === 'top' ? 84 : 56, r: legend === 'right' ? 16 : 24, b: legend === 'bottom' ? 72 : 48, l: 56, pad: 0 };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Symbol i and dash i go to the i-th scatter trace together. plotly cycles the template's
 * list per trace, so its length is the least common multiple of both cycles (capped:
 * past 60 traces nobody tells symbols apart anyway).
 */
function scatterCycle(r: ResolvedTheme): Json[] {
  const { symbols, dashes, lineWidth, markerSize } = r.chart;
  const length = Math.min(60, (symbols.length * dashes.length) / gcd(symbols.length, dashes.length));
  return Array.from({ length }, (_, i) => ({
    type: 'scatter',
    line: { width: lineWidth, dash: dashes[i % dashes.length] },
    marker: { size: markerSize, symbol: symbols[i % symbols.length] },
  }));
}

/** The plotly.js figure template for one mode of a theme. */
export function plotlyTemplate(theme: Theme, mode: Mode): PlotlyTemplate {
  const r = resolveTheme(theme, mode);
  const c = r.colors;
  const grid = r.chart.gridlines;
  const sequential = plotlyColorscale(r.scales.sequential);
  const colorbar = { outlinewidth: 0, ticks: 'outside', tickcolor: pc(c.border), tickfont: { color: pc(c.subtleText) } };
  const legendPosition = r.chart.legendPosition;
  return {
    layout: {
      colorway: r.colorway.map(pc),
      colorscale: {
        sequential,
        sequentialminus: plotlyColorscale([...r.scales.sequential].reverse()),
        diverging: plotlyColorscale(r.scales.diverging),
      },
      font: font(r, 'body', c.text),
      title: {
        font: { ...font(r, 'heading', c.heading, r.headingSizes.h3), weight: r.fonts.heading.weight },
        x: 0,
        xref: 'container',
        xanchor: 'left',
        y: 1,
        yref: 'container',
        yanchor: 'top',
        pad: { t: 16, l: 16 },
      },
      margin: margin(legendPosition),
      paper_bgcolor: pc(c.backgroundContent),
      plot_bgcolor: pc(c.backgroundContent),
      xaxis: axis(r, grid === 'both' || grid === 'x'),
      yaxis: axis(r, grid === 'both' || grid === 'y'),
      showlegend: legendPosition !== 'hidden',
      legend: {
        ...(legendPosition === 'hidden' ? {} : LEGEND[legendPosition]),
        bgcolor: 'rgba(0, 0, 0, 0)',
        font: { color: pc(c.text) },
      },
      hoverlabel: {
        bgcolor: pc(c.backgroundContent),
        bordercolor: pc(c.border),
        font: { family: r.fonts.body.family, color: pc(c.text) },
      },
      hovermode: 'closest',
    },
    data: {
      scatter: scatterCycle(r),
      bar: [{ type: 'bar', marker: { line: { color: pc(c.backgroundContent), width: 0 } } }],
      pie: [{ type: 'pie', automargin: true, marker: { line: { color: pc(c.backgroundContent), width: 1 } } }],
      heatmap: [{ type: 'heatmap', colorscale: sequential, colorbar }],
    },
  };
}
