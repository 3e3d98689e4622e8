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

// Every legend position lets plotly.js size the margin from what is drawn. A top legend sits
// just above the plot area and pushes the top margin by its own height; the title is anchored
// to the figure's top and, with `automargin`, reserves its height on top of that push — so the
// two stack however the legend wraps, and a figure without a title has no band for one. A
// bottom legend is anchored to the figure's bottom (`yref: 'container'`, which reserves its
// height below the axis labels); `yref: 'paper'`, plotly's default, is not written, so older
// plotly.py versions that predate `yref` accept the other positions as they are.
//
// A legend above or below the plot takes at most a quarter of the figure's height and
// scrolls beyond it (plotly's default is half): a dozen long names in a narrow card would
// otherwise leave the data a strip, and the chart is for the data.
export const LEGEND_SHARE = 0.25;
export const LEGEND: Record<Exclude<Theme['chart']['legendPosition'], 'hidden'>, Json> = {
  top: { orientation: 'h', x: 0, xanchor: 'left', y: 1, yanchor: 'bottom', maxheight: LEGEND_SHARE },
  bottom: { orientation: 'h', x: 0, xanchor: 'left', y: 0, yanchor: 'bottom', yref: 'container', maxheight: LEGEND_SHARE },
  right: { orientation: 'v', x: 1.02, xanchor: 'left', y: 1, yanchor: 'top' },
};

/**
 * The least the frame needs; axes have automargin (tick labels and axis titles push the
 * margin to fit), legends and the title push their own. The top keeps room for the top tick
 * label, which overhangs the plot area by half its height.
 */
const MARGIN = { t: 16, r: 16, b: 8, l: 8, pad: 0 };

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
      // No top or bottom pad: plotly.js reserves a title's pads even when the figure has no
      // title (its placeholder text counts as one), which would put a blank band on every
      // untitled chart. The left pad lines the title up with the frame's margin, not the edge.
      pad: { l: MARGIN.l },
      automargin: true,
    },
    margin: MARGIN,
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
    // Unset unless hidden: plotly's own rule (a legend from two traces, or a pie's slices) is the right one.
    ...(legendPosition === 'hidden' ? { showlegend: false } : {}),
    legend: {
      ...(legendPosition === 'hidden' ? {} : LEGEND[legendPosition]),
      bgcolor: 'rgba(0, 0, 0, 0)',
      font: { color: pc(c.text) },
      title: { font: { color: pc(c.subtleText) } },
    },
    hoverlabel: {
      bgcolor: pc(c.tooltipBackground),
      bordercolor: pc(c.border),
      font: { family: r.fonts.body.family, color: pc(c.tooltipText) },
      align: 'left',
    },
    hovermode: 'closest',
    annotationdefaults: { arrowcolor: pc(c.subtleText), arrowhead: 0, arrowwidth: 1, font: { color: pc(c.text) } },
    shapedefaults: { line: { color: pc(c.subtleText) }, fillcolor: pc(c.accent), opacity: 0.2 },
    modebar: { bgcolor: 'rgba(0, 0, 0, 0)', color: pc(c.subtleText), activecolor: pc(c.accent) },
    autotypenumbers: 'strict',
  };
}
