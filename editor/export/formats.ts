import { plotlyTemplate, toDdkTheme, toDesignTokens, type Theme } from '../../theme-runtime/index.ts';
import { themeCss } from './theme-css.ts';
import { fileSlug, themeFileName, themeToJson } from './theme-file.ts';

export interface ExportFormat {
  id: string;
  label: string;
  /** Who the file is for, shown under the label in the Export menu. */
  hint: string;
  file: (theme: Theme) => { name: string; text: string; type: string };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every single-file format a theme exports to, the same files the runtime package carries. */
export const EXPORT_FORMATS: ExportFormat[] = [
  { id: 'theme', label: 'Theme file (.json)', hint: 'Opens in Design Kit again; the source of every other export', file: (t) => ({ name: themeFileName(t), text: themeToJson(t), type: 'application/json' }) },
  { id: 'plotly-light', label: 'Plotly template, light', hint: 'For plotly.py and Dash', file: (t) => ({ name: `${fileSlug(t.name)}.plotly-template.light.json`, text: json(plotlyTemplate(t, 'light')), type: 'application/json' }) },
  { id: 'plotly-dark', label: 'Plotly template, dark', hint: 'For plotly.py and Dash', file: (t) => ({ name: `${fileSlug(t.name)}.plotly-template.dark.json`, text: json(plotlyTemplate(t, 'dark')), type: 'application/json' }) },
  { id: 'tokens', label: 'Design tokens (W3C DTCG)', hint: 'For Figma plugins, Style Dictionary, Tokens Studio', file: (t) => ({ name: `${fileSlug(t.name)}.tokens.json`, text: json(toDesignTokens(t)), type: 'application/json' }) },
  { id: 'ddk', label: 'Dash Design Kit theme (light)', hint: 'The dict ddk.App(theme=…) takes', file: (t) => ({ name: `${fileSlug(t.name)}.ddk-theme.json`, text: json(toDdkTheme(t, 'light')), type: 'application/json' }) },
  { id: 'css', label: 'CSS custom properties', hint: 'theme.css with --dk-* variables, for apps without React', file: (t) => ({ name: `${fileSlug(t.name)}.theme.css`, text: themeCss(t), type: 'text/css' }) },
];
