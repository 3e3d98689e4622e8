import type { ColorRole, OptionalColorRole } from './roles.ts';
import type { DASH_STYLES, MARKER_SYMBOLS } from './chart-options.ts';

export type { ColorRole, Mode, OptionalColorRole } from './roles.ts';

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

/** A mode's colours: every role, and the optional ones (accent text, component colours) where set. */
export type ModeColors = Flat<Record<ColorRole, string> & { [R in OptionalColorRole]?: string | undefined }>;

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
/** Print settings of reports; every field falls back to a default (resolveTheme's `report`). */
export interface ReportSettings {
  pageSize?: 'A4' | 'Letter' | undefined;
  orientation?: 'portrait' | 'landscape' | undefined;
  /** Page margin in mm, on every side. */
  margin?: number | undefined;
  /** CSS font-family list of report text; the body font unless set. */
  fontFamily?: string | undefined;
  /** px; the body size unless set. */
  fontSize?: number | undefined;
  /** Running header printed at the top of every page (empty: none). */
  header?: string | undefined;
  /** Running footer printed at the foot of every page (empty: none). */
  footer?: string | undefined;
  /** "Page n of m" at the foot of every printed page. */
  pageNumbers?: boolean | undefined;
  /** Which mode's colours go on paper: light unless the theme asks for dark. */
  paper?: 'light' | 'dark' | undefined;
}

/** A JSON value, as another tool's settings kept under `extensions` may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A font that may leave any part to the font it derives from. */
export type PartialFont = { [K in 'family' | 'size' | 'weight']?: FontSpec[K] | undefined };

export interface Theme {
  version: 2;
  name: string;
  description?: string | undefined;
  /** The exported package's npm name and version; derived from the name (1.0.0) unless set. */
  package?: { name?: string | undefined; version?: string | undefined } | undefined;
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
    /** The app bar's title font; the heading font unless set. */
    header?: PartialFont | undefined;
  };
  shape: {
    radius: number;
    borderWidth: number;
    spacing: number;
    shadow: 'none' | 'subtle' | 'medium' | 'strong';
    /** px between sections (rows of cards, report blocks); three spacing units unless set. */
    sectionGap?: number | undefined;
  };
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
    card: {
      accentEdge: 'top' | 'left' | 'none';
      /** px inside a card; two spacing units unless set. */
      padding?: number | undefined;
      /** The card title: a rule under it, bare, or on a tinted band. */
      headerStyle?: 'divided' | 'plain' | 'filled' | undefined;
      /** px; the h3 heading size unless set. */
      titleSize?: number | undefined;
      /** px of a card's description text; seven eighths of the body size unless set. */
      descriptionSize?: number | undefined;
    };
    button: { variant: 'filled' | 'outline' };
    header: { style: 'surface' | 'accent' | 'page' };
    controls: { style: 'outlined' | 'filled' | 'underlined' };
    table: { density: 'compact' | 'normal' | 'comfortable'; striped: boolean };
    tag: { shape: 'pill' | 'rounded' | 'square'; variant: 'subtle' | 'outline' | 'solid' };
  };
  report?: ReportSettings | undefined;
  /**
   * Settings of other tools that have no Design Kit meaning, kept so they are written back:
   * `extensions.ddk` holds the DDK keys an import could not express (formats/ddk.ts).
   */
  extensions?: Record<string, Record<string, JsonValue>> | undefined;
}

export type MarkerSymbol = (typeof MARKER_SYMBOLS)[number];
export type DashStyle = (typeof DASH_STYLES)[number];

/** A problem found in a theme document. `path` is a JSON pointer into it, e.g. `/colors/light/accent`. */
export interface ThemeIssue {
  path: string;
  message: string;
}
