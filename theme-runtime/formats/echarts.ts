import { resolveTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';

// An Apache ECharts theme for one mode: `echarts.registerTheme('acme', json)` then
// `echarts.init(el, 'acme')`. Keys follow ECharts' theme format (its theme builder's JSON).

/** The theme as an ECharts theme object. */
export function toEChartsTheme(theme: Theme, mode: Mode): Record<string, unknown> {
  const r = resolveTheme(theme, mode);
  const c = r.colors;
  const text = { color: c.text, fontFamily: r.fonts.body.family, fontSize: r.fonts.body.size };
  const grid = r.chart.gridlines;
  const axis = (showGrid: boolean) => ({
    axisLine: { show: true, lineStyle: { color: c.border } },
    axisTick: { show: true, lineStyle: { color: c.border } },
    axisLabel: { show: true, color: c.subtleText, fontFamily: r.fonts.body.family },
    nameTextStyle: { color: c.text },
    splitLine: { show: showGrid, lineStyle: { color: [c.grid] } },
    splitArea: { show: false },
  });
  return {
    color: r.colorway,
    backgroundColor: c.backgroundContent,
    darkMode: mode === 'dark',
    textStyle: text,
    title: { textStyle: { color: c.heading, fontFamily: r.fonts.heading.family, fontWeight: r.fonts.heading.weight }, subtextStyle: { color: c.subtleText } },
    legend: { show: r.chart.legendPosition !== 'hidden', textStyle: { color: c.text } },
    tooltip: { backgroundColor: c.backgroundContent, borderColor: c.border, textStyle: { color: c.text } },
    categoryAxis: axis(grid === 'both' || grid === 'x'),
    valueAxis: axis(grid === 'both' || grid === 'y'),
    logAxis: axis(grid === 'both' || grid === 'y'),
    timeAxis: axis(grid === 'both' || grid === 'x'),
    line: { lineStyle: { width: r.chart.lineWidth }, symbolSize: r.chart.markerSize, symbol: 'circle', smooth: false },
    visualMap: { inRange: { color: r.scales.sequential }, textStyle: { color: c.subtleText } },
    dataZoom: { textStyle: { color: c.subtleText } },
  };
}
