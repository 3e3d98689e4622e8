import { describe, expect, it } from 'vitest';
import { parseTheme } from '../../theme-runtime/index.ts';
import { PRESETS } from '../presets.ts';
import { fileSlug, themeFileName, themeToJson } from './theme-file.ts';

describe('themeToJson', () => {
  it.each(PRESETS.map((p) => [p.id, p.theme] as const))('round-trips %s through parseTheme unchanged', (_id, theme) => {
    const result = parseTheme(JSON.parse(themeToJson(theme)));
    expect(result).toEqual({ ok: true, theme, warnings: [] });
  });
});

describe('file names', () => {
  it('are safe slugs of the theme name', () => {
    expect(fileSlug('Okabe–Ito')).toBe('okabe-ito');
    expect(fileSlug('Café Crème')).toBe('cafe-creme');
    expect(fileSlug('../../etc/passwd')).toBe('etc-passwd');
    // Windows reserves device names with any extension: CON.theme.json cannot be saved.
    expect(['CON', 'nul', 'Com1', 'LPT9'].map(fileSlug)).toEqual(['con-theme', 'nul-theme', 'com1-theme', 'lpt9-theme']);
    expect(fileSlug('Console')).toBe('console');
    expect(fileSlug('!!!')).toBe('theme');
    expect(fileSlug('x'.repeat(100))).toHaveLength(60);
  });
  it('end in .theme.json', () => {
    for (const { theme } of PRESETS) expect(themeFileName(theme)).toMatch(/^[a-z0-9-]+\.theme\.json$/);
  });
});
