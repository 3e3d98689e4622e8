import { fromDdkTheme, fromDesignTokens, fromPlotlyTemplate, parseTheme, type ImportResult } from '../../theme-runtime/index.ts';

export type ThemeFileFormat = 'Design Kit theme' | 'Plotly template' | 'DDK theme' | 'design tokens';

/** Larger than any real theme by far; refusing early keeps a stray 5 MB file from freezing the tab. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Which format a parsed file is in, judged by the keys each format must have. */
export function detectFormat(data: unknown): ThemeFileFormat | undefined {
  if (!isObject(data)) return undefined;
  if ('version' in data) return 'Design Kit theme';
  if (isObject(data['layout']) || isObject(data['template'])) return 'Plotly template';
  if (isObject(data['color'])) return 'design tokens';
  if ('accent' in data || 'background_content' in data || 'colorway' in data) return 'DDK theme';
  return undefined;
}

export type FileImport = (ImportResult & { format: ThemeFileFormat }) | { ok: false; format?: undefined; errors: { path: string; message: string }[] };

/** Reads a theme from a file's text in any format the editor knows. Never throws. */
export function readThemeFile(text: string, fileName: string): FileImport {
  const fail = (message: string): FileImport => ({ ok: false, errors: [{ path: '', message }] });
  if (text.length > MAX_IMPORT_BYTES) return fail(`${fileName} is ${(text.length / 1024 / 1024).toFixed(1)} MB; a theme file is a few kilobytes, so this is not one (limit ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`${fileName} is not JSON: ${(e as Error).message}`);
  }
  const format = detectFormat(data);
  const name = fileName.replace(/\.(theme\.)?json$/i, '').replace(/[-_]+/g, ' ').trim() || 'Imported theme';
  switch (format) {
    case 'Design Kit theme':
      return { ...parseTheme(data), format };
    case 'Plotly template':
      return { ...fromPlotlyTemplate(data, { name }), format };
    case 'design tokens':
      return { ...fromDesignTokens(data), format };
    case 'DDK theme':
      return { ...fromDdkTheme(data, { name }), format };
    default:
      return fail(`${fileName} is not a Design Kit theme, a Plotly template, a DDK theme dict or a design-tokens file`);
  }
}
