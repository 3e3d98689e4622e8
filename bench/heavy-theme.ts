import { DEFAULT_THEME, suggestColorway, type Theme } from '../theme-runtime/index.ts';

const CATEGORY10 = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
const TOL_MUTED = ['#cc6677', '#332288', '#ddcc77', '#117733', '#88ccee', '#882255', '#44aa99', '#999933', '#aa4499'];

/** A 20-colour colorway, long scales, every optional field and component choice set. */
export function heavyTheme(): Theme {
  const accent = DEFAULT_THEME.colors.light.accent;
  return {
    ...DEFAULT_THEME,
    name: 'Heavy — every field set',
    description: 'A stress theme: twenty series, long scales, every choice made.',
    // suggestColorway stops where colours stop being distinguishable (16 here); the stress
    // case wants the schema's maximum, so it adds D3's category10 and Tol's muted scheme.
    colorway: ['{accent}', ...[...suggestColorway(accent, { count: 20 }).slice(1), ...CATEGORY10, ...TOL_MUTED].slice(0, 19)],
    scales: {
      sequential: ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
      diverging: ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
    },
    chart: { ...DEFAULT_THEME.chart, symbols: ['circle', 'square', 'diamond', 'triangle-up', 'triangle-down', 'cross', 'x', 'star', 'hexagon', 'pentagon'], dashes: ['solid', 'dash', 'dot', 'dashdot', 'longdash', 'longdashdot'] },
    components: { card: { accentEdge: 'left' }, button: { variant: 'outline' }, header: { style: 'accent' }, controls: { style: 'filled' }, table: { density: 'compact', striped: true }, tag: { shape: 'rounded', variant: 'solid' } },
  };
}
