import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from './defaults.ts';
import { formatIssue } from './issues.ts';
import { parseTheme } from './parse.ts';
import { resolveTheme } from './resolve.ts';

function errorsOf(input: unknown): string[] {
  const result = parseTheme(input);
  if (result.ok) throw new Error('expected the theme to be refused');
  return result.errors.map(formatIssue);
}

describe('parseTheme', () => {
  it('fills every missing part from the defaults', () => {
    const result = parseTheme({ version: 2 });
    expect(result).toEqual({ ok: true, theme: DEFAULT_THEME, warnings: [] });
  });

  it('locates a bad colour with a JSON pointer and says what is wrong', () => {
    expect(errorsOf({ version: 2, colors: { light: { accent: 'blue-ish' } } })).toEqual([
      "/colors/light/accent: 'blue-ish' is not a colour",
    ]);
  });

  it('reports every error at once, not just the first', () => {
    const errors = errorsOf({
      version: 2,
      colorway: ['#fff'],
      typography: { body: { size: 'big', weight: 450 } },
      shape: { radius: -1 },
      chart: { gridlines: 'diagonal' },
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        '/colorway: a colorway needs at least 2 colours (got 1)',
        "/typography/body/size: expected a number, got the text 'big'",
        '/typography/body/weight: must be a multiple of 100 (100 thin … 900 black)',
        '/shape/radius: must be at least 0 px (got -1)',
        "/chart/gridlines: 'diagonal' is not one of 'both', 'x', 'y', 'none'",
      ]),
    );
  });

  it('normalises any CSS colour syntax to lower-case hex', () => {
    const result = parseTheme({
      version: 2,
      colors: { light: { accent: 'rebeccapurple', text: 'rgb(10 20 30)', border: 'rgba(0,0,0,0.5)' } },
    });
    expect(result.ok && result.theme.colors.light).toMatchObject({ accent: '#663399', text: '#0a141e', border: '#00000080' });
  });

  it('keeps role references in the colorway and refuses unknown roles', () => {
    const ok = parseTheme({ version: 2, colorway: ['{accent}', '{ accentNegative }', 'teal'] });
    expect(ok.ok && ok.theme.colorway).toEqual(['{accent}', '{accentNegative}', '#008080']);
    expect(errorsOf({ version: 2, colorway: ['{acent}', '#000'] })[0]).toMatch(/^\/colorway\/0: '\{acent\}' refers to no colour role/);
  });

  it('turns unknown keys into warnings and drops them, keeping the rest', () => {
    const result = parseTheme({ version: 2, colours: {}, colors: { light: { accent: '#123456', glow: 'red' } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      { path: '/colors/light/glow', message: 'is not a theme setting' },
      { path: '/colours', message: 'is not a theme setting' },
    ]);
    expect(result.theme.colors.light.accent).toBe('#123456');
    expect(result.theme).not.toHaveProperty('colours');
  });

  it('refuses a newer version clearly and a missing one too', () => {
    expect(errorsOf({ version: 7 })).toEqual([
      '/version: this theme was saved by a newer Design Kit (version 7); this one reads up to version 2, so update Design Kit to open it',
    ]);
    expect(errorsOf({ name: 'x' })[0]).toMatch(/^\/version: is required/);
    expect(errorsOf({ version: 1.5 })[0]).toMatch(/^\/version: 1.5 is not a theme version/);
  });

  it('refuses what is not an object', () => {
    expect(errorsOf(null)).toEqual(['(document): a theme must be a JSON object, got null']);
    expect(errorsOf([1])).toEqual(['(document): a theme must be a JSON object, got a list']);
    expect(errorsOf('{"version":1}')).toEqual(['(document): a theme must be a JSON object, got string']);
  });

  it('refuses font families that could break out of CSS', () => {
    for (const family of ['Inter; color: red', 'Inter}', 'url(x)', '</style>', 'A\\65']) {
      expect(errorsOf({ version: 2, typography: { body: { family } } })[0]).toMatch(/^\/typography\/body\/family: .* is not a font family list/);
    }
    const ok = parseTheme({ version: 2, typography: { heading: { family: ' "Source Serif 4" ,Georgia,-apple-system,serif ' } } });
    expect(ok.ok && ok.theme.typography.heading.family).toBe('"Source Serif 4" ,Georgia,-apple-system,serif');
  });

  it('checks that breakpoints are in order', () => {
    expect(errorsOf({ version: 2, breakpoints: { phone: 900, tablet: 800 } })).toEqual([
      '/breakpoints/phone: the phone breakpoint must be narrower than the tablet one',
    ]);
  });

  it('never writes through a __proto__ key', () => {
    const input = JSON.parse('{"version":1,"__proto__":{"polluted":true},"colors":{"__proto__":{"polluted":true}}}') as unknown;
    const result = parseTheme(input);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.theme.colors)).toBe(Object.prototype);
  });

  it('reads -0 as 0, so a theme survives its own JSON export', () => {
    const result = parseTheme({ version: 2, shape: { radius: -0 } });
    expect(result.ok && Object.is(result.theme.shape.radius, 0)).toBe(true);
  });

  it('does not change its input', () => {
    const input = { version: 2, colors: { light: { accent: 'RED' } }, extra: 1 };
    const copy = structuredClone(input);
    parseTheme(input);
    expect(input).toEqual(copy);
  });
});

describe('migrations', () => {
  it('upgrades a version 0 document, keeping what it said, with a warning', () => {
    const v0 = {
      version: 0,
      name: 'Old brand',
      palette: { primary: '#aa0000', background: '#fafafa', surface: '#ffffff', text: '#222222', muted: '#666666', border: '#dddddd' },
      colorway: ['#aa0000', '#0000aa', '#00aa00'],
      font: { family: 'Georgia, serif', size: 15 },
    };
    const result = parseTheme(v0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toContainEqual({ path: '/version', message: 'upgraded from version 0 to 2' });
    const { theme } = result;
    expect(theme.version).toBe(2);
    expect(theme.name).toBe('Old brand');
    expect(theme.colors.light).toMatchObject({
      accent: '#aa0000',
      backgroundPage: '#fafafa',
      backgroundContent: '#ffffff',
      text: '#222222',
      heading: '#222222',
      subtleText: '#666666',
      border: '#dddddd',
    });
    expect(theme.colors.dark).toEqual(DEFAULT_THEME.colors.dark);
    expect(theme.colorway).toEqual(['#aa0000', '#0000aa', '#00aa00']);
    expect(theme.typography.body).toMatchObject({ family: 'Georgia, serif', size: 15 });
  });

  it('upgrades a version 1 document so that it draws exactly what it drew', () => {
    // Version 1 drew series as written in both modes and links in the accent: a yellow
    // accent and a navy series, both weak somewhere, stay as they were (pinned per mode).
    const v1 = {
      version: 1,
      colors: { light: { accent: '#ffcc00' }, dark: { accent: '#ffcc00' } },
      colorway: ['{accent}', '#1e3a8a', '#2563eb'],
    };
    const result = parseTheme(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toContainEqual({ path: '/version', message: 'upgraded from version 1 to 2' });
    const { theme } = result;
    for (const mode of ['light', 'dark'] as const) {
      const r = resolveTheme(theme, mode);
      expect(r.colorway, mode).toEqual(['#ffcc00', '#1e3a8a', '#2563eb']);
    }
    // The yellow fails 4.5:1 as text on white: version 1 drew links in it, so it is pinned there.
    expect(theme.colors.light.accentText).toBe('#ffcc00');
    expect(resolveTheme(theme, 'light').colors.accentText).toBe('#ffcc00');
    // The same document written as version 2 gets the derived variants instead.
    const v2 = parseTheme({ ...v1, version: 2 });
    expect(v2.ok && resolveTheme(v2.theme, 'light').colorway[0]).not.toBe('#ffcc00');
    expect(v2.ok && resolveTheme(v2.theme, 'light').colors.accentText).not.toBe('#ffcc00');
  });

  it('pins nothing for a version 1 document whose colours already worked everywhere', () => {
    const result = parseTheme({ version: 1, colors: { light: { accent: '#1d4ed8' }, dark: { accent: '#93c5fd' } }, colorway: ['{accent}', '{accentNegative}'] });
    expect(result.ok && result.theme.colorwayOverrides).toBeUndefined();
    expect(result.ok && result.theme.colors.light.accentText).toBeUndefined();
  });

  it('reports errors in a migrated document at their version-1 location', () => {
    const result = parseTheme({ version: 0, palette: { primary: 'nope' } });
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual(["/colors/light/accent: 'nope' is not a colour"]);
  });
});
