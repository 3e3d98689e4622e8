import { relativeLuminance } from '../color/contrast.ts';
import { mix } from '../color/mix.ts';
import { normalizeColor } from '../color/parse.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import type { ColorRole, Mode, ThemeIssue } from '../model/types.ts';
import { finish, type ImportResult } from './import-result.ts';
import { colorAt, defined, get, isObject, numberAt, stringAt } from './json-access.ts';

// Layout keys a Design Kit theme carries; the rest are named in a warning.
const USED_LAYOUT = new Set(['colorway', 'colorscale', 'font', 'title', 'paper_bgcolor', 'plot_bgcolor', 'xaxis', 'yaxis']);
const USED_DATA = new Set(['scatter']);

function scaleColors(scale: unknown): string[] | undefined {
  if (!Array.isArray(scale)) return undefined;
  const colors = scale.map((stop) => (Array.isArray(stop) && typeof stop[1] === 'string' ? normalizeColor(stop[1]) : undefined));
  return colors.every((c) => c !== undefined) && colors.length >= 2 ? colors : undefined;
}

/**
 * A theme from a plotly.js / plotly.py figure template (`{ layout, data }`, as plotly.py's
 * built-in templates and dash-bootstrap-templates write them). The template fills the mode
 * its paper colour suggests (light or dark); the other mode keeps Design Kit's defaults.
 */
export function fromPlotlyTemplate(input: unknown, options: { name?: string } = {}): ImportResult {
  const template = isObject(input) && isObject(input['template']) ? input['template'] : input;
  const layout = get(template, 'layout');
  if (!isObject(layout)) return { ok: false, errors: [{ path: '/layout', message: 'a Plotly template needs a layout object' }] };
  const warnings: ThemeIssue[] = [];

  const paper = colorAt(layout, 'paper_bgcolor');
  const plot = colorAt(layout, 'plot_bgcolor');
  const mode: Mode = relativeLuminance(paper ?? plot ?? '#ffffff') < 0.2 ? 'dark' : 'light';
  const base = DEFAULT_THEME.colors[mode];
  const text = colorAt(layout, 'font', 'color');
  const grid = colorAt(layout, 'xaxis', 'gridcolor') ?? colorAt(layout, 'yaxis', 'gridcolor');
  const colorwayRaw = get(layout, 'colorway');
  const colorway = Array.isArray(colorwayRaw) ? colorwayRaw.map((c) => (typeof c === 'string' ? normalizeColor(c) : undefined)) : undefined;
  const cleanColorway = colorway?.every((c) => c !== undefined) === true && colorway.length >= 2 ? colorway : undefined;
  if (colorwayRaw !== undefined && cleanColorway === undefined) warnings.push({ path: '/layout/colorway', message: 'could not read the colorway; using the default' });

  const content = paper ?? base.backgroundContent;
  const bodyText = text ?? base.text;
  const roles: Partial<Record<ColorRole, string>> = defined({
    backgroundContent: paper,
    backgroundPage: paper,
    plotBackground: plot ?? paper,
    text,
    heading: colorAt(layout, 'title', 'font', 'color') ?? text,
    subtleText: colorAt(layout, 'xaxis', 'tickfont', 'color') ?? (text === undefined ? undefined : mix(bodyText, content, 0.3)),
    grid,
    border: colorAt(layout, 'xaxis', 'linecolor') ?? grid,
    accent: cleanColorway?.[0],
  });

  const showX = get(layout, 'xaxis', 'showgrid');
  const showY = get(layout, 'yaxis', 'showgrid');
  const x = showX !== false;
  const y = showY !== false;
  const family = stringAt(layout, 'font', 'family');
  const headingFamily = stringAt(layout, 'title', 'font', 'family');
  const document: Record<string, unknown> = {
    version: 1,
    name: options.name ?? 'Imported Plotly template',
    colors: { [mode]: roles },
    ...(cleanColorway === undefined ? {} : { colorway: cleanColorway }),
    scales: defined({ sequential: scaleColors(get(layout, 'colorscale', 'sequential')), diverging: scaleColors(get(layout, 'colorscale', 'diverging')) }),
    typography: defined({
      body: family === undefined && numberAt(layout, 'font', 'size') === undefined ? undefined : defined({ family, size: numberAt(layout, 'font', 'size') }),
      heading: headingFamily === undefined ? (family === undefined ? undefined : { family }) : { family: headingFamily },
    }),
    chart: defined({
      gridlines: x && y ? 'both' : x ? 'x' : y ? 'y' : 'none',
      lineWidth: numberAt(template, 'data', 'scatter', '0', 'line', 'width') ?? numberAt(get(template, 'data', 'scatter') as unknown[] | undefined, '0', 'line', 'width'),
      markerSize: numberAt(get(template, 'data', 'scatter') as unknown[] | undefined, '0', 'marker', 'size'),
    }),
  };

  const unused = Object.keys(layout).filter((k) => !USED_LAYOUT.has(k));
  if (unused.length > 0) warnings.push({ path: '/layout', message: `not carried over: ${unused.join(', ')}` });
  const data = get(template, 'data');
  const unusedTypes = isObject(data) ? Object.keys(data).filter((k) => !USED_DATA.has(k)) : [];
  if (unusedTypes.length > 0) warnings.push({ path: '/data', message: `trace defaults not carried over (Design Kit derives its own): ${unusedTypes.join(', ')}` });
  warnings.push({ path: `/colors/${mode === 'light' ? 'dark' : 'light'}`, message: `the template has no ${mode === 'light' ? 'dark' : 'light'} mode; Design Kit's default ${mode === 'light' ? 'dark' : 'light'} colours are used` });
  return finish(document, warnings, mode);
}
