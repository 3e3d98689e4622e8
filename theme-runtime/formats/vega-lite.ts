import { resolveTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';

// A Vega-Lite `config` for one mode: what Altair's `alt.theme.register` returns and what
// `vegaEmbed(el, spec, { config })` takes. Keys are Vega-Lite's config properties.

/** The theme as a Vega-Lite / Altair config object. */
export function toVegaLiteConfig(theme: Theme, mode: Mode): Record<string, unknown> {
  const r = resolveTheme(theme, mode);
  const c = r.colors;
  const font = r.fonts.body.family;
  const grid = r.chart.gridlines;
  return {
    background: c.backgroundContent,
    font,
    padding: 8,
    view: { fill: c.plotBackground, stroke: null },
    title: { color: c.heading, font: r.fonts.heading.family, fontSize: r.headingSizes.h3, fontWeight: r.fonts.heading.weight, anchor: 'start' },
    axis: {
      domainColor: c.border,
      tickColor: c.border,
      gridColor: c.grid,
      labelColor: c.subtleText,
      titleColor: c.text,
      labelFont: font,
      titleFont: font,
      labelFontSize: Math.round(r.fonts.body.size * 0.85),
      titleFontSize: r.fonts.body.size,
      titleFontWeight: 600,
    },
    axisX: { grid: grid === 'both' || grid === 'x' },
    axisY: { grid: grid === 'both' || grid === 'y' },
    legend: { labelColor: c.text, titleColor: c.subtleText, labelFont: font, titleFont: font, orient: r.chart.legendPosition === 'hidden' ? 'none' : r.chart.legendPosition },
    header: { labelColor: c.text, titleColor: c.heading, labelFont: font, titleFont: font },
    range: { category: r.colorway, ordinal: r.scales.sequential, ramp: r.scales.sequential, heatmap: r.scales.sequential, diverging: r.scales.diverging },
    mark: { color: r.colorway[0] ?? c.accent },
    line: { strokeWidth: r.chart.lineWidth },
    point: { size: r.chart.markerSize ** 2, filled: true },
    bar: { cornerRadiusEnd: Math.min(4, r.shape.radius / 2) },
  };
}
