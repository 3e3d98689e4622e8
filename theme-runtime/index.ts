// The public API of the theme runtime: every export is named here on purpose.
// Apps, the exported package and the editor import from this file only.

export type { ColorRole, OptionalColorRole, Mode, Theme, ThemeIssue, FontSpec, ModeColors, ColorRef, MarkerSymbol, DashStyle, ReportSettings, PartialFont, JsonValue } from './model/types.ts';
export { COLOR_ROLES, MODES, OPTIONAL_COLOR_ROLES, OPTIONAL_ROLE_DESCRIPTIONS, ROLE_DESCRIPTIONS } from './model/roles.ts';
export { parseTheme, type ParseResult } from './model/parse.ts';
export { parseColorway, type ColorwayParseResult } from './model/parse-colorway.ts';
export { createTheme, mergeDeep, ThemeError, type DeepPartial } from './model/create.ts';
export { formatIssue } from './model/issues.ts';
export { THEME_VERSION, MARKER_SYMBOLS, DASH_STYLES } from './model/schema.ts';
export { DEFAULT_THEME } from './model/defaults.ts';
export { resolveTheme, resolveColor, type ResolvedTheme, type ResolvedFont } from './model/resolve.ts';
export { withRole, withoutRole, withColorwayEntry, withColorway, withSeriesList, withSeriesOverride } from './model/edit.ts';
export { roleOfRef } from './model/refs.ts';

export { plotlyTemplate } from './plotly/template.ts';
export { legacyPlotlyTemplate, LEGACY_PLOTLY_PY } from './plotly/legacy.ts';
export { applyTheme } from './plotly/apply.ts';
export type { PlotlyTemplate, PlotlyFigure } from './plotly/types.ts';

export { componentProps } from './props/component-props.ts';
export { COMPONENT_NAMES, type ComponentName, type ComponentProps, type ComponentState, type StyleMap } from './props/types.ts';

export { cssVariables } from './css/variables.ts';
export { toDesignTokens } from './formats/dtcg-export.ts';
export { fromDesignTokens } from './formats/dtcg-import.ts';
export { fromPlotlyTemplate } from './formats/plotly-import.ts';
export { fromDdkTheme, toDdkTheme } from './formats/ddk.ts';
export { toMatplotlibStyle } from './formats/matplotlib.ts';
export { toVegaLiteConfig } from './formats/vega-lite.ts';
export { toEChartsTheme } from './formats/echarts.ts';
export { toStreamlitConfig } from './formats/streamlit.ts';
export { toBrandYml } from './formats/brand-yml.ts';
export type { ImportResult } from './formats/import-result.ts';
export { componentStylesheet } from './css/stylesheet.ts';
export { titleCase } from './text/title-case.ts';

export { normalizeColor, type HexColor } from './color/parse.ts';
export { contrastRatio, relativeLuminance } from './color/contrast-public.ts';
export { alphaOf, isHexColor, withAlpha } from './color/hex.ts';
export { mix } from './color/mix.ts';
export { apcaContrast } from './color/apca.ts';
export { simulateCvd, DEFICIENCIES, type Deficiency } from './color/cvd.ts';
export { colorDistance } from './color/distance.ts';
export {
  checkColorway,
  levelOfDistance,
  CONFUSABLE_DISTANCE,
  CLOSE_DISTANCE,
  MARK_THRESHOLDS,
  DEFAULT_DISTANCE_THRESHOLD,
  NON_TEXT_CONTRAST,
  type ColorwayReport,
  type ColorwayCheckOptions,
  type MarkKind,
  type PairCheck,
  type PairDistance,
  type PairLevel,
} from './color/colorway-check.ts';
export { composite } from './color/composite.ts';
export { seriesVariant } from './color/series-variant-public.ts';
export { themeFromBrand, type ThemeFromBrandOptions } from './brand/theme-from-brand.ts';
export { checkColorscale, type ColorscaleReport } from './color/scale-check.ts';
export {
  suggestColorway,
  suggestSeries,
  meetsColorwayPromise,
  COLORWAY_VARIANTS,
  type ColorwayVariant,
  type SeriesSuggestion,
  type SuggestColorwayOptions,
} from './color/suggest-colorway.ts';
export { suggestColorscale, type SuggestColorscaleOptions } from './color/suggest-colorscale.ts';
export { fixContrast } from './color/fix-contrast.ts';

export { checkTheme, type ThemeReport, type ModeReport, type TextCheck, type Finding, type WcagLevel } from './audit/check-theme.ts';
