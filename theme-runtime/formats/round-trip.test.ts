import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTheme } from '../model/parse.ts';
import { arbitraryTheme } from '../test-support/arbitrary-theme.ts';
import { toDesignTokens } from './dtcg-export.ts';
import { fromDesignTokens } from './dtcg-import.ts';
import { readPresets } from '../test-support/presets.ts';

const presets = readPresets();

describe('our own JSON round trip', () => {
  it.each(presets)('%s: export → parseTheme gives the same theme', (_f, theme) => {
    expect(parseTheme(JSON.parse(JSON.stringify(theme)))).toEqual({ ok: true, theme, warnings: [] });
  });

  it('holds for 1,000 generated themes', () => {
    fc.assert(
      fc.property(arbitraryTheme, (theme) => {
        expect(parseTheme(JSON.parse(JSON.stringify(theme)))).toEqual({ ok: true, theme, warnings: [] });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('W3C design tokens round trip', () => {
  it.each(presets)('%s: tokens → theme gives the same theme', (_f, theme) => {
    const back = fromDesignTokens(JSON.parse(JSON.stringify(toDesignTokens(theme))));
    expect(back).toEqual({ ok: true, theme, warnings: [] });
  });

  it('holds for generated themes, aliases and translucent colours included', () => {
    fc.assert(
      fc.property(arbitraryTheme, (theme) => {
        const back = fromDesignTokens(JSON.parse(JSON.stringify(toDesignTokens(theme))));
        expect(back).toEqual({ ok: true, theme, warnings: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('reads older drafts’ plain colour strings and px strings too', () => {
    const result = fromDesignTokens({ color: { light: { accent: { $type: 'color', $value: 'rebeccapurple' } } }, size: { radius: { $type: 'dimension', $value: '4px' } } });
    expect(result.ok && result.theme.colors.light.accent).toBe('#663399');
    expect(result.ok && result.theme.shape.radius).toBe(4);
  });

  it('refuses tokens without colours, with a location', () => {
    expect(fromDesignTokens({ font: {} })).toEqual({ ok: false, errors: [{ path: '/color', message: 'design tokens for a theme need a color group with light and dark colours' }] });
  });
});
