import type { ResolvedTheme } from '../model/resolve.ts';
import type { Theme } from '../model/types.ts';
import { plotlyColor as pc, plotlyColorscale } from './color.ts';

type Json = Record<string, unknown>;

export function font(r: ResolvedTheme, kind: 'body' | 'heading', color: string, size?: number): Json {
  const f = r.fonts[kind];
  return { family: f.family, size: size ?? f.size, color: pc(color) };
}

/** Colour bars everywhere (coloraxis, heatmaps, markers): no outline, ticks in the axis colours. */
export function colorbar(r: ResolvedTheme): Json {
  const c = r.colors;
  return {
    outlinewidth: 0,
    ticks: 'outside',
    ticklen: 4,
    tickcolor: pc(c.border),
    tickfont: { color: pc(c.subtleText) },
    title: { font: { color: pc(c.text) } },
  };
}

/** What every axis shares, 2-D, polar, ternary and carpet alike. */
function axisLines(r: ResolvedTheme): Json {
  const c = r.colors;
  return {
    gridcolor: pc(c.grid),
    linecolor: pc(c.border),
    tickcolor: pc(c.border),
    tickfont: { color: pc(c.subtleText) },
  };
}

function cartesianAxis(r: ResolvedTheme, showgrid: boolean): Json {
  const c = r.colors;
  return {
    ...axisLines(r),
    showgrid,
    gridwidth: 1,
    showline: true,
    zerolinecolor: pc(c.zeroLine),
    zerolinewidth: 1,
    ticks: 'outside',
    ticklen: 4,
    title: { font: { color: pc(c.text) }, standoff: 12 },
    automargin: true,
  };
}

function sceneAxis(r: ResolvedTheme): Json {
  const c = r.colors;
  return {
    ...axisLines(r),
    backgroundcolor: pc(c.surfaceAlt),
    showbackground: true,
    zerolinecolor: pc(c.zeroLine),
    gridwidth: 2,
    title: { font: { color: pc(c.text) } },
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

/** The template's `layout`: everything a figure's frame takes from the theme. */
export function templateLayout(r: ResolvedTheme): Json {
  const c = r.colors;
  const grid = r.chart.gridlines;
  const legendPosition = r.chart.legendPosition;
  const sequential = plotlyColorscale(r.scales.sequential);
  return {
    colorway: r.colorway.map(pc),
    colorscale: {
      sequential,
      sequentialminus: plotlyColorscale([...r.scales.sequential].reverse()),
      diverging: plotlyColorscale(r.scales.diverging),
    },
    coloraxis: { colorscale: sequential, colorbar: colorbar(r) },
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
    plot_bgcolor: pc(c.plotBackground),
    xaxis: cartesianAxis(r, grid === 'both' || grid === 'x'),
    yaxis: cartesianAxis(r, grid === 'both' || grid === 'y'),
    polar: {
      bgcolor: pc(c.plotBackground),
      angularaxis: { ...axisLines(r), ticks: 'outside' },
      radialaxis: { ...axisLines(r), ticks: 'outside' },
    },
    ternary: {
      bgcolor: pc(c.plotBackground),
      aaxis: { ...axisLines(r), ticks: 'outside' },
      baxis: { ...axisLines(r), ticks: 'outside' },
      caxis: { ...axisLines(r), ticks: 'outside' },
    },
    scene: { xaxis: sceneAxis(r), yaxis: sceneAxis(r), zaxis: sceneAxis(r) },
    geo: {
      bgcolor: pc(c.backgroundContent),
      showland: true,
      landcolor: pc(c.surfaceAlt),
      showlakes: true,
      lakecolor: pc(c.backgroundContent),
      showcountries: true,
      countrycolor: pc(c.border),
      coastlinecolor: pc(c.border),
      subunitcolor: pc(c.border),
      framecolor: pc(c.border),
      lataxis: { gridcolor: pc(c.grid) },
      lonaxis: { gridcolor: pc(c.grid) },
    },
    showlegend: legendPosition !== 'hidden',
    legend: {
      ...(legendPosition === 'hidden' ? {} : LEGEND[legendPosition]),
      bgcolor: 'rgba(0, 0, 0, 0)',
      font: { color: pc(c.text) },
      title: { font: { color: pc(c.subtleText) } },
    },
    hoverlabel: {
      bgcolor: pc(c.backgroundContent),
      bordercolor: pc(c.border),
      font: { family: r.fonts.body.family, color: pc(c.text) },
      align: 'left',
    },
    hovermode: 'closest',
    annotationdefaults: { arrowcolor: pc(c.subtleText), arrowhead: 0, arrowwidth: 1, font: { color: pc(c.text) } },
    shapedefaults: { line: { color: pc(c.subtleText) }, fillcolor: pc(c.accent), opacity: 0.2 },
    modebar: { bgcolor: 'rgba(0, 0, 0, 0)', color: pc(c.subtleText), activecolor: pc(c.accent) },
    autotypenumbers: 'strict',
  };
}
