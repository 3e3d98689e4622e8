import type { ResolvedTheme } from '../model/resolve.ts';
import type { MarkerSymbol } from '../model/types.ts';
import { plotlyColor as pc, plotlyColorscale } from './color.ts';
import { colorbar } from './layout.ts';

type Json = Record<string, unknown>;

// scatter3d draws only these marker symbols; others in the theme's cycle are skipped there.
const SYMBOLS_3D = new Set<string>(['circle', 'circle-open', 'cross', 'diamond', 'diamond-open', 'square', 'square-open', 'x']);

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Successive traces of one type take successive template entries, so symbol i and dash i
 * land on trace i together when the list is as long as the least common multiple of both
 * cycles (capped: past 60 series nobody tells symbols apart anyway). Marker shapes and
 * dashes encode series a second way, for readers who cannot rely on colour.
 */
function seriesCycle(r: ResolvedTheme, type: string, options: { dashes?: boolean; symbols?: readonly MarkerSymbol[] } = {}): Json[] {
  const { lineWidth, markerSize } = r.chart;
  const symbols = options.symbols ?? r.chart.symbols;
  const dashes = options.dashes === false ? ['solid' as const] : r.chart.dashes;
  const s = Math.max(1, symbols.length);
  const length = Math.min(60, (s * dashes.length) / gcd(s, dashes.length));
  const bar = colorbar(r);
  return Array.from({ length }, (_, i) => {
    const symbol = symbols[i % s];
    return {
      type,
      line: { width: lineWidth, dash: dashes[i % dashes.length] },
      marker: { size: markerSize, ...(symbol === undefined ? {} : { symbol }), colorbar: bar },
    };
  });
}

/** The template's `data`: defaults per trace type. */
export function templateData(r: ResolvedTheme): Record<string, Json[]> {
  const c = r.colors;
  const bar = colorbar(r);
  const sequential = plotlyColorscale(r.scales.sequential);
  const errorBars = { color: pc(c.text), thickness: 1.5, width: 4 };
  // Bars are separated by the surface colour, not by a dark outline.
  const barMarker = { line: { color: pc(c.backgroundContent), width: 0 }, pattern: { fillmode: 'overlay', size: 10, solidity: 0.2 } };
  const sliceLines = { line: { color: pc(c.backgroundContent), width: 1 } };
  const scaled = (type: string, extra: Json = {}): Json[] => [{ type, colorscale: sequential, colorbar: bar, ...extra }];
  const increasing = pc(c.accentPositive);
  const decreasing = pc(c.accentNegative);
  const carpetAxis = {
    gridcolor: pc(c.grid),
    minorgridcolor: pc(c.grid),
    linecolor: pc(c.border),
    startlinecolor: pc(c.text),
    endlinecolor: pc(c.text),
  };
  const symbols3d = r.chart.symbols.filter((s) => SYMBOLS_3D.has(s));

  return {
    scatter: seriesCycle(r, 'scatter').map((t) => ({ ...t, error_x: errorBars, error_y: errorBars })),
    scattergl: seriesCycle(r, 'scattergl'),
    scatterpolar: seriesCycle(r, 'scatterpolar'),
    scatterpolargl: seriesCycle(r, 'scatterpolargl'),
    scatterternary: seriesCycle(r, 'scatterternary'),
    scattercarpet: seriesCycle(r, 'scattercarpet'),
    scattergeo: seriesCycle(r, 'scattergeo'),
    scatter3d: seriesCycle(r, 'scatter3d', { symbols: symbols3d.length > 0 ? symbols3d : ['circle'] }),
    bar: [{ type: 'bar', marker: barMarker, error_x: errorBars, error_y: errorBars }],
    histogram: [{ type: 'histogram', marker: barMarker, error_x: errorBars, error_y: errorBars }],
    barpolar: [{ type: 'barpolar', marker: barMarker }],
    funnel: [{ type: 'funnel', marker: { line: { color: pc(c.backgroundContent), width: 0 } }, connector: { line: { color: pc(c.border), width: 1 } } }],
    waterfall: [
      {
        type: 'waterfall',
        increasing: { marker: { color: increasing } },
        decreasing: { marker: { color: decreasing } },
        totals: { marker: { color: pc(c.accent) } },
        connector: { line: { color: pc(c.border), width: 1 } },
      },
    ],
    box: [{ type: 'box', line: { width: Math.max(1, r.chart.lineWidth * 0.75) }, marker: { size: r.chart.markerSize * 0.75 } }],
    violin: [{ type: 'violin', line: { width: Math.max(1, r.chart.lineWidth * 0.75) }, marker: { size: r.chart.markerSize * 0.75 } }],
    candlestick: [{ type: 'candlestick', increasing: { line: { color: increasing }, fillcolor: increasing }, decreasing: { line: { color: decreasing }, fillcolor: decreasing } }],
    ohlc: [{ type: 'ohlc', increasing: { line: { color: increasing } }, decreasing: { line: { color: decreasing } } }],
    pie: [{ type: 'pie', automargin: true, marker: sliceLines, outsidetextfont: { color: pc(c.text) } }],
    funnelarea: [{ type: 'funnelarea', marker: sliceLines }],
    treemap: [{ type: 'treemap', marker: sliceLines }],
    sunburst: [{ type: 'sunburst', marker: sliceLines }],
    icicle: [{ type: 'icicle', marker: sliceLines }],
    heatmap: scaled('heatmap'),
    contour: scaled('contour'),
    histogram2d: scaled('histogram2d'),
    histogram2dcontour: scaled('histogram2dcontour'),
    contourcarpet: [{ type: 'contourcarpet', colorbar: bar }],
    surface: scaled('surface'),
    mesh3d: [{ type: 'mesh3d', colorbar: bar }],
    choropleth: scaled('choropleth', { marker: { line: { color: pc(c.backgroundContent) } } }),
    carpet: [{ type: 'carpet', aaxis: carpetAxis, baxis: carpetAxis }],
    parcoords: [
      {
        type: 'parcoords',
        line: { colorbar: bar },
        labelfont: { color: pc(c.text) },
        tickfont: { color: pc(c.subtleText) },
        rangefont: { color: pc(c.subtleText) },
      },
    ],
    table: [
      {
        type: 'table',
        header: { fill: { color: pc(c.surfaceAlt) }, line: { color: pc(c.border) }, font: { color: pc(c.heading) } },
        cells: { fill: { color: pc(c.backgroundContent) }, line: { color: pc(c.border) }, font: { color: pc(c.text) } },
      },
    ],
  };
}
