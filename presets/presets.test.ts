import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTheme, colorDistance, COLOR_ROLES, DEFAULT_THEME, formatIssue, parseTheme, resolveTheme } from '../theme-runtime/index.ts';
import { palettes } from '../theme-runtime/test-support/fixtures.ts';

const dir = new URL('./', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const raw = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;

describe('presets', () => {
  it('are at least six', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s parses without errors or warnings', (file) => {
    const result = parseTheme(raw(file));
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it.each(files)('%s spells out every colour role of both modes', (file) => {
    // A preset that leaned on defaults would silently change when the defaults do.
    const colors = raw(file)['colors'] as Record<string, Record<string, unknown>>;
    for (const mode of ['light', 'dark']) {
      expect(Object.keys(colors[mode] ?? {}).sort()).toEqual([...COLOR_ROLES].sort());
    }
  });

  it('have distinct names and distinct looks', () => {
    const themes = files.map((f) => {
      const r = parseTheme(raw(f));
      if (!r.ok) throw new Error(f);
      return r.theme;
    });
    expect(new Set(themes.map((t) => t.name)).size).toBe(themes.length);
    expect(new Set(themes.map((t) => t.colors.light.accent)).size).toBe(themes.length);
  });

  it('include the default theme, spelled out in full', () => {
    const result = parseTheme(raw('design-kit.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { description: _description, ...theme } = result.theme;
    expect(theme).toEqual(DEFAULT_THEME);
  });

  it('include one whose colorway is Okabe–Ito', () => {
    const okabeItoColors = palettes()['okabe_ito']?.colors ?? [];
    const okabeIto = new Set(okabeItoColors.map((c) => c.toLowerCase()));
    const result = parseTheme(raw('okabe-ito.json'));
    expect(result.ok && result.theme.colorway.every((c) => okabeIto.has(c))).toBe(true);
  });
});

describe('presets pass their own accessibility audit', () => {
  it.each(files)('%s has no errors in either mode', (file) => {
    const result = parseTheme(raw(file));
    if (!result.ok) throw new Error(file);
    const errors = checkTheme(result.theme).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.mode} ${f.path}: ${f.message}`)).toEqual([]);
  });
});

describe('presets’ notifications', () => {
  // Broadsheet's accent is its error red; Graphite's and Terracotta's sit within 11–19 ΔE00 of
  // their warning and error colours. An info notification must not pass for a status one.
  it.each(files)('%s: an info notification is told from success, warning and error in both modes', (file) => {
    const result = parseTheme(raw(file));
    if (!result.ok) throw new Error(file);
    for (const mode of ['light', 'dark'] as const) {
      const c = resolveTheme(result.theme, mode).colors;
      for (const status of [c.accentPositive, c.accentWarning, c.accentNegative]) expect(colorDistance(c.info, status), `${mode} ${c.info} against ${status}`).toBeGreaterThanOrEqual(20);
    }
  });
});
