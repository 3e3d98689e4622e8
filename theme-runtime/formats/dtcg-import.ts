import { rgbaToHex } from '../color/hex.ts';
import { normalizeColor } from '../color/parse.ts';
import { COLOR_ROLES, isColorRole, OPTIONAL_COLOR_ROLES } from '../model/roles.ts';
import type { Mode, ThemeIssue } from '../model/types.ts';
import { EXTENSION } from './dtcg-export.ts';
import { finish, type ImportResult } from './import-result.ts';
import { defined, get, isObject, numberAt } from './json-access.ts';

/** A DTCG colour $value: an sRGB component object (2025.10) or a CSS colour string (older drafts). */
function tokenColor(token: unknown): string | undefined {
  const value = get(token, '$value');
  if (typeof value === 'string') return normalizeColor(value);
  if (!isObject(value)) return undefined;
  const alpha = typeof value['alpha'] === 'number' ? value['alpha'] : 1;
  const hex = typeof value['hex'] === 'string' ? normalizeColor(value['hex']) : undefined;
  if (hex !== undefined) return alpha >= 1 ? hex : rgbaToHex(Number.parseInt(hex.slice(1, 3), 16), Number.parseInt(hex.slice(3, 5), 16), Number.parseInt(hex.slice(5, 7), 16), alpha);
  const c = value['components'];
  if (value['colorSpace'] === 'srgb' && Array.isArray(c) && c.length === 3 && c.every((n) => typeof n === 'number')) {
    const [r, g, b] = c as [number, number, number];
    return rgbaToHex(r * 255, g * 255, b * 255, alpha);
  }
  return undefined;
}

/** A colorway/scale entry: `{color.<mode>.<role>}` becomes `{role}`, else a colour. */
function tokenRef(token: unknown, mode: Mode): string | undefined {
  const value = get(token, '$value');
  if (typeof value === 'string') {
    const alias = /^\{color\.(light|dark)\.([A-Za-z]+)\}$/.exec(value);
    if (alias) return alias[1] === mode && isColorRole(alias[2] ?? '') ? `{${alias[2] ?? ''}}` : undefined;
  }
  return tokenColor(token);
}

function list(group: unknown, mode: Mode): string[] | undefined {
  if (!isObject(group)) return undefined;
  const keys = Object.keys(group).filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
  const out = keys.map((k) => tokenRef(group[k], mode));
  return out.length > 0 && out.every((c) => c !== undefined) ? out : undefined;
}

function dimension(token: unknown): number | undefined {
  const value = get(token, '$value');
  if (isObject(value)) return value['unit'] === 'px' ? numberAt(value, 'value') : undefined;
  const m = typeof value === 'string' ? /^(-?\d+(?:\.\d+)?)px$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

function family(token: unknown): string | undefined {
  const css = get(token, '$extensions', EXTENSION, 'css');
  if (typeof css === 'string') return css;
  const value = get(token, '$value');
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((f) => typeof f === 'string')) return value.map((f) => (/^[A-Za-z-]+$/.test(f) ? f : `"${f}"`)).join(', ');
  return undefined;
}

function font(group: unknown) {
  return defined({ family: family(get(group, 'family')), size: dimension(get(group, 'size')), weight: numberAt(get(group, 'weight'), '$value'), lineHeight: numberAt(get(group, 'lineHeight'), '$value') });
}

/**
 * A theme from W3C design tokens (DTCG) as toDesignTokens writes them: colours per mode
 * under color.light / color.dark, colorway and scales as numbered groups with aliases,
 * fonts and sizes, and Design Kit's own choices under $extensions["dev.design-kit"].
 */
export function fromDesignTokens(input: unknown): ImportResult {
  if (!isObject(input) || !isObject(input['color'])) {
    return { ok: false, errors: [{ path: '/color', message: 'design tokens for a theme need a color group with light and dark colours' }] };
  }
  const warnings: ThemeIssue[] = [];
  const ext = get(input, '$extensions', EXTENSION);
  const colors: Record<string, Record<string, string>> = {};
  for (const mode of ['light', 'dark'] as const) {
    const group = get(input, 'color', mode);
    if (!isObject(group)) {
      warnings.push({ path: `/color/${mode}`, message: `no ${mode} colours; Design Kit's defaults are used` });
      continue;
    }
    const roles: Record<string, string> = {};
    for (const role of COLOR_ROLES) {
      const color = tokenColor(group[role]);
      if (color !== undefined) roles[role] = color;
      else if (group[role] !== undefined) warnings.push({ path: `/color/${mode}/${role}`, message: 'not a colour token; the default is used' });
    }
    // Our own export says whether each optional colour was set or derived; other tokens that name one set it.
    for (const role of OPTIONAL_COLOR_ROLES) {
      const color = tokenColor(group[role]);
      if (color !== undefined && get(ext, 'setColors', mode, role) !== false) roles[role] = color;
    }
    colors[mode] = roles;
  }
  const series = get(ext, 'series');
  const lightColorway = list(get(input, 'color', 'light', 'colorway'), 'light');
  const darkColorway = list(get(input, 'color', 'dark', 'colorway'), 'dark');
  // Our export carries the series and their overrides; other tokens give each mode's
  // colours, kept as drawn: light as the series, dark where it differs as dark overrides.
  const colorway = Array.isArray(series) ? series : lightColorway;
  const colorwayOverrides = Array.isArray(series)
    ? get(ext, 'colorwayOverrides')
    : darkColorway !== undefined && JSON.stringify(darkColorway) !== JSON.stringify(lightColorway)
      ? { dark: darkColorway }
      : undefined;
  const scales = (mode: Mode) =>
    defined({
      sequential: get(ext, 'ownScales', mode, 'sequential') === true ? list(get(input, 'color', mode, 'sequential'), mode) : undefined,
      diverging: get(ext, 'ownScales', mode, 'diverging') === true ? list(get(input, 'color', mode, 'diverging'), mode) : undefined,
    });
  const modeScales = { light: scales('light'), dark: scales('dark') };
  const document: Record<string, unknown> = {
    version: 2,
    name: typeof get(ext, 'name') === 'string' ? get(ext, 'name') : 'Imported design tokens',
    ...defined({ description: typeof get(ext, 'description') === 'string' ? get(ext, 'description') : undefined }),
    colors,
    ...defined({ colorway, colorwayOverrides }),
    scales: defined({
      sequential: get(ext, 'scales', 'sequential') ?? list(get(input, 'color', 'light', 'sequential'), 'light'),
      diverging: get(ext, 'scales', 'diverging') ?? list(get(input, 'color', 'light', 'diverging'), 'light'),
      ...(Object.keys(modeScales.light).length > 0 ? { light: modeScales.light } : {}),
      ...(Object.keys(modeScales.dark).length > 0 ? { dark: modeScales.dark } : {}),
    }),
    typography: defined({
      body: font(get(input, 'font', 'body')),
      heading: font(get(input, 'font', 'heading')),
      mono: font(get(input, 'font', 'mono')),
      scaleRatio: numberAt(get(input, 'font', 'scaleRatio'), '$value'),
      titleCase: get(ext, 'titleCase'),
      header: get(ext, 'headerFont'),
    }),
    shape: defined({ radius: dimension(get(input, 'size', 'radius')), borderWidth: dimension(get(input, 'size', 'borderWidth')), spacing: dimension(get(input, 'size', 'spacing')), shadow: get(ext, 'shadow'), sectionGap: get(ext, 'sectionGap') }),
    chart: defined({
      lineWidth: dimension(get(input, 'size', 'lineWidth')),
      markerSize: dimension(get(input, 'size', 'markerSize')),
      gridlines: get(ext, 'chart', 'gridlines'),
      symbols: get(ext, 'chart', 'symbols'),
      dashes: get(ext, 'chart', 'dashes'),
      legendPosition: get(ext, 'chart', 'legendPosition'),
    }),
    breakpoints: defined({ phone: dimension(get(input, 'size', 'breakpointPhone')), tablet: dimension(get(input, 'size', 'breakpointTablet')) }),
    ...defined({
      components: isObject(get(ext, 'components')) ? get(ext, 'components') : undefined,
      report: get(ext, 'report'),
      package: get(ext, 'package'),
      extensions: get(ext, 'extensions'),
    }),
  };
  return finish(document, warnings);
}
