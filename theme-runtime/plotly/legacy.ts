import type { Mode, Theme } from '../model/types.ts';
import { LEGEND } from './layout.ts';
import { plotlyTemplate } from './template.ts';
import type { PlotlyJson, PlotlyTemplate } from './types.ts';

/**
 * The plotly.py versions this variant is for: 5.0 bundles plotly.js 2.0, 5.23 brought
 * plotly.js 2.34 and the title weight. Debian's plotly.py 5.4 (plotly.js 2.6.3) loads it
 * strictly and draws it cleanly; the unit and e2e tests prove both.
 */
export const LEGACY_PLOTLY_PY = '5.0–5.22';

// A one-line plotly title's height, as a multiple of its font size (plotly.js 2.6 draws a
// 16 px title 19 px tall); how far that plotly.js lets a top-anchored title rise above the
// figure's edge (4 px at 16 px), which a pad as large brings back inside; and the gap kept
// between the title and the plot.
const TITLE_LINE = 1.2;
const TITLE_OVERHANG = 0.25;
const TITLE_GAP = 10;

/**
 * The template for plotly.py before 5.23 (plotly.js before 2.34), which rejects four
 * properties the current template needs and whose plotly.js could not draw them anyway:
 *
 * - `title.automargin` (a title that reserves its own height): the title gets a fixed band
 *   at the top instead, so a title never sits on the plot; an untitled figure keeps the band.
 * - `title.font.weight`: titles draw in the font's regular weight.
 * - `legend.yref: 'container'` (a legend below the axis labels) and `legend.maxheight`:
 *   that plotly.js places a legend above or below the plot relative to the plot area only,
 *   where it meets a wrapped title or the x tick labels. The one position it sizes from what
 *   is drawn is on the right (its own default), so a top or bottom legend moves there.
 *
 * Everything else — colours, fonts, axes, every trace type but icicle — is the current
 * template's.
 */
export function legacyPlotlyTemplate(theme: Theme, mode: Mode): PlotlyTemplate {
  const { layout, data } = plotlyTemplate(theme, mode);
  // Icicle arrived in plotly.js 2.2 (plotly.py 5.2); the 5.0 and 5.1 validators reject its key.
  const { icicle: _newer, ...older } = data;
  return { layout: legacyLayout(layout), data: older };
}

/** The parts of the current layout this variant rewrites, as `layout.ts` writes them. */
interface Rewritten {
  title: { font: { size: number; weight?: number } & PlotlyJson; pad: PlotlyJson; automargin?: boolean } & PlotlyJson;
  margin: { t: number } & PlotlyJson;
  legend: { orientation?: 'h' | 'v'; bgcolor: unknown; font: unknown; title: unknown } & PlotlyJson;
}

function legacyLayout(layout: PlotlyJson): PlotlyJson {
  const { title: current, margin, legend } = layout as Rewritten;
  const { automargin: _reserved, font: { weight: _weight, ...font }, ...title } = current;
  const pad = Math.ceil(font.size * TITLE_OVERHANG);
  const band = pad + Math.ceil(font.size * TITLE_LINE) + TITLE_GAP;
  return {
    ...layout,
    title: { ...title, font, pad: { ...title.pad, t: pad } },
    margin: { ...margin, t: Math.max(margin.t, band) },
    legend: legacyLegend(legend),
  };
}

function legacyLegend(legend: Rewritten['legend']): PlotlyJson {
  // Hidden (no position written) or already on the right: plotly 2.x draws it as it is.
  if (legend.orientation !== 'h') return legend;
  return { ...LEGEND.right, bgcolor: legend.bgcolor, font: legend.font, title: legend.title };
}
