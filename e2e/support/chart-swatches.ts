/** What `installChartSwatches` puts on the page. */
export interface ChartSwatches {
  /** Every place a preview chart shows other than what its swatch shows (paper, plot area, grid, axis lines, ticks, legend text, the first three series). */
  chartDisagreements(mode: 'light' | 'dark'): string[];
}

/**
 * An init script (playwright sends its source to the page): installs
 * `window.chartDisagreements(mode)`, which compares what every chart in the editor's preview
 * shows with the colour fields' values — what a person compares, chart against swatch. Shared
 * by the restyle e2e spec and bench:preview.
 */
export function installChartSwatches(): void {
  (window as unknown as ChartSwatches).chartDisagreements = (mode) => {
    const rgb = (hex: string | undefined) => {
      if (hex === undefined || hex === '') return undefined;
      const n = Number.parseInt(hex.slice(1, 7), 16);
      return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
    };
    const field = (path: string) => rgb(document.querySelector<HTMLInputElement>(`input[data-path="${path}"]`)?.value);
    const role = (name: string) => field(`/colors/${mode}/${name}`);
    const want = { paper: role('backgroundContent'), plot: role('plotBackground'), grid: role('grid'), axis: role('border'), ticks: role('subtleText'), legend: role('text') };
    const series = [0, 1, 2].map((k) => field(`/colorway/${k}`));
    const out: string[] = [];
    document.querySelectorAll<HTMLElement>('#preview .js-plotly-plot').forEach((chart, n) => {
      const style = (selector: string, property: 'fill' | 'stroke') => chart.querySelector<SVGElement>(selector)?.style[property] || undefined;
      const paper = chart.querySelector<SVGSVGElement>('svg.main-svg')?.style.background;
      const cartesian = chart.querySelector('.cartesianlayer .subplot') !== null;
      const shown: Record<string, string | undefined> = {
        paper,
        plot: cartesian ? (style('.bglayer rect.bg', 'fill') ?? paper) : undefined,
        grid: style('path.ygrid, path.xgrid', 'stroke'),
        axis: style('path.xlines-above', 'stroke'),
        ticks: style('.ytick text, .xtick text', 'fill'),
        legend: style('text.legendtext', 'fill'),
      };
      for (const [part, value] of Object.entries(shown)) {
        const expected = want[part as keyof typeof want];
        if (value !== undefined && expected !== undefined && value !== expected) out.push(`chart ${n + 1} ${part}: ${value}, swatch ${expected}`);
      }
      // Series k: trace k's first mark (bars, lines, boxes), or slice k of a pie.
      const traces = [...chart.querySelectorAll('.barlayer .trace, .scatterlayer .trace, .boxlayer .trace')];
      const slices = [...chart.querySelectorAll<SVGPathElement>('.slice path.surface')];
      series.forEach((expected, k) => {
        const trace = traces[k];
        const mark = trace?.querySelector<SVGElement>('.point path, path.js-line, path.point, path.box');
        const value = mark ? (mark.classList.contains('js-line') || mark.classList.contains('box') ? mark.style.stroke : mark.style.fill) : slices[k]?.style.fill;
        if (value && expected !== undefined && value !== expected) out.push(`chart ${n + 1} series ${k + 1}: ${value}, swatch ${expected}`);
      });
    });
    return out;
  };
}
