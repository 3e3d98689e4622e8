import { describe, expect, it } from 'vitest';
import { normalizeColor } from '../color/parse.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { formatIssue } from '../model/issues.ts';
import { readFixture } from '../test-support/fixtures.ts';
import { fromDdkTheme, toDdkTheme } from './ddk.ts';

const full = readFixture('ddk-themes/ddk-app-full.json') as Record<string, unknown>;
const small = readFixture('ddk-themes/ddk-ag-grid-demo.json') as Record<string, unknown>;

describe('fromDdkTheme', () => {
  it('maps the full DDK dict onto the roles, fonts and shape', () => {
    const result = fromDdkTheme(full);
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const { theme } = result;
    expect(result.mode).toBe('light');
    expect(theme.colors.light).toMatchObject({
      accent: '#1f78b4',
      accentPositive: '#017500',
      accentNegative: '#c20000',
      accentWarning: '#f9f871',
      backgroundContent: '#f9f9f9',
      backgroundPage: '#f2f2f2',
      text: '#606060',
      heading: '#606060',
      border: '#e2e2e2',
      grid: '#e2e2e2',
    });
    expect(theme.colorway).toEqual((full['colorway'] as string[]).map((c) => normalizeColor(c)));
    expect(theme.scales.sequential).toEqual((full['colorscale'] as string[]).map((c) => normalizeColor(c)));
    expect(theme.typography.body).toMatchObject({ family: 'Open Sans', size: 17 });
    expect(theme.typography.heading).toMatchObject({ family: 'Open Sans', size: 20 });
    expect(theme.typography.titleCase).toBe('uppercase');
    expect(theme.shape).toMatchObject({ radius: 0, borderWidth: 1, shadow: 'none' });
    expect(theme.components.card.accentEdge).toBe('top');
    expect(theme.breakpoints).toEqual({ phone: 700, tablet: 1200 });
  });

  it('reads the component looks: header on the page colour, underlined inputs, striped rows, square tags', () => {
    // The fixture: header_background_color = background_page, control_border "0px 0px 1px 0px",
    // table_striped_odd rgba(0,0,0,0.05) against a transparent even row, tag radius 0px on a grey fill.
    const result = fromDdkTheme(full);
    if (!result.ok) throw new Error('did not import');
    expect(result.theme.components).toMatchObject({
      header: { style: 'page' },
      controls: { style: 'underlined' },
      table: { striped: true },
      tag: { shape: 'square', variant: 'subtle' },
    });
  });

  it('accounts for every one of the ~100 keys: mapped, or named in a warning', () => {
    const result = fromDdkTheme(full);
    if (!result.ok) throw new Error('did not import');
    const text = result.warnings.map((w) => w.message).join('\n');
    const mapped = ['accent', 'accent_positive', 'accent_negative', 'dbc_warning', 'background_page', 'background_content', 'text', 'body_text', 'heading_text', 'header_text', 'border', 'graph_grid_color', 'colorway', 'colorscale', 'font_family', 'font_size', 'font_family_headings', 'card_title_font_size', 'title_capitalization', 'card_border', 'card_box_shadow', 'card_accent', 'breakpoint_stack_blocks', 'breakpoint_font', 'header_background_color', 'control_background_color', 'control_border', 'table_striped_odd', 'table_striped_even', 'tag_background_color', 'tag_border'];
    for (const key of Object.keys(full)) {
      if (mapped.includes(key)) continue;
      expect(text, key).toMatch(new RegExp(`\\b${key}\\b`));
    }
  });

  it('reads the smaller dict with a null value, and says the null was ignored', () => {
    const result = fromDdkTheme(small);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.some((w) => w.message.includes('font_headings_size'))).toBe(true);
  });

  it('refuses what is not a dict', () => {
    expect(fromDdkTheme(['accent']).ok).toBe(false);
  });
});

describe('toDdkTheme', () => {
  it('writes every key DDK reads, with colours and pixel sizes it accepts', () => {
    const dict = toDdkTheme(DEFAULT_THEME, 'light');
    expect(Object.keys(dict).sort()).toEqual(Object.keys(full).sort());
    expect(dict['accent']).toBe(DEFAULT_THEME.colors.light.accent);
    expect(dict['font_size']).toBe(`${DEFAULT_THEME.typography.body.size}px`);
    for (const [key, value] of Object.entries(dict)) {
      if (typeof value === 'string' && /color|text$|^accent|^border$/.test(key) && value !== 'transparent') expect(normalizeColor(value), key).toBeDefined();
    }
  });

  it('round-trips the roles DDK has', () => {
    const back = fromDdkTheme(toDdkTheme(DEFAULT_THEME, 'dark'));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.mode).toBe('dark');
    const d = DEFAULT_THEME.colors.dark;
    expect(back.theme.colors.dark).toMatchObject({ accent: d.accent, accentPositive: d.accentPositive, accentNegative: d.accentNegative, backgroundContent: d.backgroundContent, backgroundPage: d.backgroundPage, text: d.text, heading: d.heading, border: d.border, grid: d.grid });
    expect(back.theme.typography.body).toMatchObject({ family: DEFAULT_THEME.typography.body.family, size: DEFAULT_THEME.typography.body.size });
    expect(back.theme.colorway).toEqual([DEFAULT_THEME.colors.dark.accent, ...DEFAULT_THEME.colorway.slice(1)]);
  });

  it('round-trips every header, control, stripe and tag choice', () => {
    const choices = [
      { header: { style: 'accent' }, controls: { style: 'filled' }, table: { density: 'normal', striped: false }, tag: { shape: 'rounded', variant: 'solid' } },
      { header: { style: 'page' }, controls: { style: 'underlined' }, table: { density: 'normal', striped: true }, tag: { shape: 'square', variant: 'outline' } },
      { header: { style: 'surface' }, controls: { style: 'outlined' }, table: { density: 'normal', striped: true }, tag: { shape: 'pill', variant: 'subtle' } },
    ] as const;
    for (const choice of choices) {
      const theme = { ...DEFAULT_THEME, components: { ...DEFAULT_THEME.components, ...choice } };
      const back = fromDdkTheme(toDdkTheme(theme, 'light'));
      if (!back.ok) throw new Error('did not import');
      expect(back.theme.components).toEqual({ ...theme.components, card: back.theme.components.card });
    }
  });
});
