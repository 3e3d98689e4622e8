import type { ColorRole } from './roles.ts';
import type { DASH_STYLES, MARKER_SYMBOLS } from './chart-options.ts';

export type { ColorRole, Mode } from './roles.ts';

/** A colour (`#rrggbb` / `#rrggbbaa`) or a `{role}` reference resolved per mode. */
export type ColorRef = string;

export interface FontSpec {
  /** CSS font-family list, e.g. `Inter, system-ui, sans-serif`. */
  family: string;
  /** px */
  size: number;
  /** 100–900 */
  weight: number;
  /** unitless multiple of size */
  lineHeight: number;
}

export type ModeColors = Record<ColorRole, string>;

/**
 * Theme document version 1: both modes in one document. `parseTheme` is the only way
 * to get one from outside data; every field is present after parsing.
 */
export interface Theme {
  version: 1;
  name: string;
  description?: string | undefined;
  colors: { light: ModeColors; dark: ModeColors };
  colorway: ColorRef[];
  scales: { sequential: ColorRef[]; diverging: ColorRef[] };
  typography: {
    body: FontSpec;
    heading: FontSpec;
    mono: FontSpec;
    scaleRatio: number;
    titleCase: 'none' | 'uppercase' | 'capitalize' | 'lowercase';
  };
  shape: { radius: number; borderWidth: number; spacing: number; shadow: 'none' | 'subtle' | 'medium' | 'strong' };
  chart: {
    gridlines: 'both' | 'x' | 'y' | 'none';
    lineWidth: number;
    markerSize: number;
    symbols: MarkerSymbol[];
    dashes: DashStyle[];
    legendPosition: 'top' | 'bottom' | 'right' | 'hidden';
  };
  breakpoints: { phone: number; tablet: number };
  components: {
    card: { accentEdge: 'top' | 'left' | 'none' };
    button: { variant: 'filled' | 'outline' };
    header: { style: 'surface' | 'accent' | 'page' };
    controls: { style: 'outlined' | 'filled' | 'underlined' };
    table: { density: 'compact' | 'normal' | 'comfortable'; striped: boolean };
    tag: { shape: 'pill' | 'rounded' | 'square'; variant: 'subtle' | 'outline' | 'solid' };
  };
}

export type MarkerSymbol = (typeof MARKER_SYMBOLS)[number];
export type DashStyle = (typeof DASH_STYLES)[number];

/** A problem found in a theme document. `path` is a JSON pointer into it, e.g. `/colors/light/accent`. */
export interface ThemeIssue {
  path: string;
  message: string;
}
