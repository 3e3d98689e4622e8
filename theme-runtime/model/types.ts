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

/** Flattens an intersection into one object type, as the schema's output is. */
type Flat<T> = { [K in keyof T]: T[K] };

export type ModeColors = Flat<
  Record<ColorRole, string> & {
    /** Set only to override the derived accent text colour of this mode. */
    accentText?: string | undefined;
  }
>;

/** One mode's own scales, used instead of the derived ones. */
export interface ScaleOverrides {
  sequential?: ColorRef[] | undefined;
  diverging?: ColorRef[] | undefined;
}

/**
 * Theme document version 2: both modes in one document. `parseTheme` is the only way
 * to get one from outside data; every required field is present after parsing.
 *
 * Series and scales are written once and drawn per mode: `colorway` holds each series'
 * light-mode colour (or a `{role}`), and each mode derives its variant (seriesVariant);
 * `colorwayOverrides[mode][i]` replaces series i in that mode (null or absent: derived).
 */
export interface Theme {
  version: 2;
  name: string;
  description?: string | undefined;
  colors: { light: ModeColors; dark: ModeColors };
  colorway: ColorRef[];
  colorwayOverrides?: { light?: (ColorRef | null)[] | undefined; dark?: (ColorRef | null)[] | undefined } | undefined;
  scales: { sequential: ColorRef[]; diverging: ColorRef[]; light?: ScaleOverrides | undefined; dark?: ScaleOverrides | undefined };
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
