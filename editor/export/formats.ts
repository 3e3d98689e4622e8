import { LEGACY_PLOTLY_PY, legacyPlotlyTemplate, plotlyTemplate, toBrandYml, toDdkTheme, toDesignTokens, toEChartsTheme, toMatplotlibStyle, toStreamlitConfig, toVegaLiteConfig, type Theme } from '../../theme-runtime/index.ts';
import { themeCss } from './theme-css.ts';
import { fileSlug, themeFileName, themeToJson } from './theme-file.ts';

export interface ExportFormat {
  id: string;
  label: string;
  /** Who the file is for, shown under the label in the Export menu. */
  hint: string;
  /** Where it sits in the Export menu: Design Kit and the web, or another chart library. */
  group: 'theme' | 'web' | 'libraries';
  file: (theme: Theme) => { name: string; text: string; type: string };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every single-file format a theme exports to, the same files the runtime package carries. */
export const EXPORT_FORMATS: ExportFormat[] = [
  { id: 'theme', group: 'theme', label: 'Theme file (.json)', hint: 'Opens in Design Kit again; the source of every other export', file: (t) => ({ name: themeFileName(t), text: themeToJson(t), type: 'application/json' }) },
  { id: 'plotly-light', group: 'web', label: 'Plotly template, light', hint: 'For plotly.js, and plotly.py 5.23 or later (Dash)', file: (t) => ({ name: `${fileSlug(t.name)}.plotly-template.light.json`, text: json(plotlyTemplate(t, 'light')), type: 'application/json' }) },
  { id: 'plotly-dark', group: 'web', label: 'Plotly template, dark', hint: 'For plotly.js, and plotly.py 5.23 or later (Dash)', file: (t) => ({ name: `${fileSlug(t.name)}.plotly-template.dark.json`, text: json(plotlyTemplate(t, 'dark')), type: 'application/json' }) },
  { id: 'plotly-legacy-light', group: 'web', label: 'Plotly template, light, older plotly.py', hint: `For plotly.py ${LEGACY_PLOTLY_PY}: fixed title band, legend on the right`, file: (t) => ({ name: `${fileSlug(t.name)}.plotly-template.legacy.light.json`, text: json(legacyPlotlyTemplate(t, 'light')), type: 'application/json' }) },
  { id: 'plotly-legacy-dark', group: 'web', label: 'Plotly template, dark, older plotly.py', hint: `For plotly.py ${LEGACY_PLOTLY_PY}: fixed title band, legend on the right`, file: (t) => ({ name: `${fileSlug(t.name)}.plotly-template.legacy.dark.json`, text: json(legacyPlotlyTemplate(t, 'dark')), type: 'application/json' }) },
  { id: 'tokens', group: 'web', label: 'Design tokens (W3C DTCG)', hint: 'For Figma plugins, Style Dictionary, Tokens Studio', file: (t) => ({ name: `${fileSlug(t.name)}.tokens.json`, text: json(toDesignTokens(t)), type: 'application/json' }) },
  { id: 'ddk', group: 'web', label: 'Dash Design Kit theme, light', hint: 'The dict ddk.App(theme=…) takes', file: (t) => ({ name: `${fileSlug(t.name)}.ddk-theme.json`, text: json(toDdkTheme(t, 'light')), type: 'application/json' }) },
  { id: 'ddk-dark', group: 'web', label: 'Dash Design Kit theme, dark', hint: 'The dark-mode dict (DDK’s “reversed” flavour), for a dark ddk.App', file: (t) => ({ name: `${fileSlug(t.name)}.ddk-theme.dark.json`, text: json(toDdkTheme(t, 'dark')), type: 'application/json' }) },
  { id: 'mpl-light', group: 'libraries', label: 'matplotlib style, light', hint: 'plt.style.use(…) in matplotlib and seaborn', file: (t) => ({ name: `${fileSlug(t.name)}.light.mplstyle`, text: toMatplotlibStyle(t, 'light'), type: 'text/plain' }) },
  { id: 'mpl-dark', group: 'libraries', label: 'matplotlib style, dark', hint: 'plt.style.use(…) in matplotlib and seaborn', file: (t) => ({ name: `${fileSlug(t.name)}.dark.mplstyle`, text: toMatplotlibStyle(t, 'dark'), type: 'text/plain' }) },
  { id: 'vega-light', group: 'libraries', label: 'Vega-Lite config, light', hint: 'For Altair and vega-embed', file: (t) => ({ name: `${fileSlug(t.name)}.vega-lite.light.json`, text: json(toVegaLiteConfig(t, 'light')), type: 'application/json' }) },
  { id: 'vega-dark', group: 'libraries', label: 'Vega-Lite config, dark', hint: 'For Altair and vega-embed', file: (t) => ({ name: `${fileSlug(t.name)}.vega-lite.dark.json`, text: json(toVegaLiteConfig(t, 'dark')), type: 'application/json' }) },
  { id: 'echarts-light', group: 'libraries', label: 'ECharts theme, light', hint: 'echarts.registerTheme(…)', file: (t) => ({ name: `${fileSlug(t.name)}.echarts.light.json`, text: json(toEChartsTheme(t, 'light')), type: 'application/json' }) },
  { id: 'echarts-dark', group: 'libraries', label: 'ECharts theme, dark', hint: 'echarts.registerTheme(…)', file: (t) => ({ name: `${fileSlug(t.name)}.echarts.dark.json`, text: json(toEChartsTheme(t, 'dark')), type: 'application/json' }) },
  { id: 'streamlit', group: 'libraries', label: 'Streamlit theme', hint: '.streamlit/config.toml, both modes', file: (t) => ({ name: `${fileSlug(t.name)}.streamlit.config.toml`, text: toStreamlitConfig(t), type: 'text/plain' }) },
  { id: 'brand-light', group: 'libraries', label: 'brand.yml, light', hint: 'Save as _brand.yml: Quarto, Shiny, plotnine', file: (t) => ({ name: `${fileSlug(t.name)}.brand.yml`, text: toBrandYml(t, 'light'), type: 'text/yaml' }) },
  { id: 'brand-dark', group: 'libraries', label: 'brand.yml, dark', hint: 'Quarto’s dark brand (brand: { dark: … })', file: (t) => ({ name: `${fileSlug(t.name)}.brand-dark.yml`, text: toBrandYml(t, 'dark'), type: 'text/yaml' }) },
  { id: 'css', group: 'web', label: 'CSS custom properties', hint: 'theme.css with --dk-* variables, for apps without React', file: (t) => ({ name: `${fileSlug(t.name)}.theme.css`, text: themeCss(t), type: 'text/css' }) },
];
