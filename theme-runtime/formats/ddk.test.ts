import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeColor } from '../color/parse.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { formatIssue } from '../model/issues.ts';
import { readFixture } from '../test-support/fixtures.ts';
import { withRole } from '../model/edit.ts';
import { resolveTheme } from '../model/resolve.ts';
import { fromDdkTheme, toDdkTheme } from './ddk.ts';
import { normalizeDdkValue, sameDdkValue } from './ddk-values.ts';

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
    // A family on its own gets a fallback: where Open Sans is missing, text is sans-serif, not Times.
    expect(theme.typography.body).toMatchObject({ family: 'Open Sans, system-ui, sans-serif', size: 17 });
    expect(theme.typography.heading).toMatchObject({ family: 'Open Sans, system-ui, sans-serif', size: 20 });
    expect(theme.report).toMatchObject({ fontFamily: 'Computer Modern, Georgia, serif', fontSize: 12 });
    expect(theme.components.card).toMatchObject({ padding: 5, descriptionSize: 16, headerStyle: 'divided' });
    expect(theme.shape.sectionGap).toBe(24);
    // DDK's per-component colours: its dark tooltip with white text, its report page and text …
    expect(theme.colors.light).toMatchObject({ tooltipBackground: '#253247', tooltipText: '#ffffff', reportBackground: '#ffffff', reportText: '#000000', tagBackground: '#f1f1f1', tagText: '#474747', tableBorder: '#e2e2e2' });
    // … which the theme then draws: hover labels in the tooltip colours.
    expect(resolveTheme(theme, 'light').colors.tooltipBackground).toBe('#253247');
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

  it('says in one line what mapped and what was kept, the keys on demand', () => {
    const result = fromDdkTheme(full);
    if (!result.ok) throw new Error('did not import');
    const summary = result.summary;
    const details = result.warnings.map((w) => w.message);
    expect(summary).toMatch(/^\d+ of 100 DDK keys follow from the theme’s settings; \d+ kept as they were for the DDK export/);
    expect(summary?.length).toBeLessThan(140);
    // The details name each kept key, e.g. DDK's hero panel, which Design Kit has no component for.
    expect(details.join('\n')).toMatch(/\bhero_subtitle_text\b/);
  });

  it('reads the smaller dict with a null value, and says the null was ignored', () => {
    const result = fromDdkTheme(small);
    expect(result.ok).toBe(true);
    // Its null is kept, and written back as null.
    expect(result.ok && result.warnings.some((w) => w.message.includes('font_headings_size'))).toBe(true);
    if (result.ok) expect(toDdkTheme(result.theme, 'light')['font_headings_size']).toBeNull();
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

  it('reads and writes the card title look: a tinted band, bare, or a rule underneath', () => {
    for (const headerStyle of ['filled', 'plain', 'divided'] as const) {
      const theme = { ...DEFAULT_THEME, components: { ...DEFAULT_THEME.components, card: { ...DEFAULT_THEME.components.card, headerStyle } } };
      const back = fromDdkTheme(toDdkTheme(theme, 'light'));
      expect(back.ok && back.theme.components.card.headerStyle).toBe(headerStyle);
    }
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

/** Every key of `dict` comes back from toDdkTheme with its value (as DDK means it). */
function expectRoundTrip(dict: Record<string, unknown>) {
  const result = fromDdkTheme(dict);
  if (!result.ok) throw new Error(`did not import: ${result.errors.map(formatIssue).join('; ')}`);
  const back = toDdkTheme(result.theme, result.mode ?? 'light');
  for (const [key, value] of Object.entries(dict)) {
    expect(Object.hasOwn(back, key), key).toBe(true);
    expect(normalizeDdkValue(back[key]), key).toEqual(normalizeDdkValue(value));
  }
}

// Values of each kind DDK keys take, deliberately unusual: named and translucent colours,
// fractional and zero lengths, four-sided widths, odd strings.
const color = fc.oneof(
  fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 100 })).map(([r, g, b, a]) => `rgba(${r}, ${g}, ${b}, ${a / 100})`),
  fc.constantFrom('white', 'black', 'transparent', 'rebeccapurple', '#FFF', 'hsl(210, 40%, 30%)'),
);
const length = fc.oneof(fc.integer({ min: 0, max: 400 }).map((n) => `${n}px`), fc.integer({ min: 0, max: 60 }), fc.constantFrom('0', '1.5px', '0px 0px 3px 0px', '2px 4px'));
const text = fc.oneof(fc.constantFrom('uppercase', 'none', 'spread', 'Open Sans', 'Roboto Slab, serif', 'Computer Modern', 'center'), fc.string({ maxLength: 12 }));

function valueLike(example: unknown): fc.Arbitrary<unknown> {
  if (Array.isArray(example)) return fc.array(color, { minLength: 2, maxLength: 12 });
  if (typeof example === 'object' && example !== null) return fc.record(Object.fromEntries(Object.entries(example).map(([k, v]) => [k, valueLike(v)])));
  if (typeof example === 'number') return fc.integer({ min: 0, max: 12 });
  if (typeof example !== 'string') return fc.constant(example);
  if (normalizeColor(example) !== undefined) return color;
  if (/^\d/.test(example)) return length;
  return text;
}

describe('the DDK round trip', () => {
  it('returns every key of the real dicts with its value', () => {
    expectRoundTrip(full);
    expectRoundTrip(small);
  });

  it('returns every key of generated dicts with all ~100 keys set to unusual values, and keys DDK may add', () => {
    const dict = fc.record({
      ...Object.fromEntries(Object.entries(full).map(([k, v]) => [k, valueLike(v)])),
      future_key: fc.oneof(text, length, color),
    });
    fc.assert(fc.property(dict, (d) => expectRoundTrip(d)), { numRuns: 60 });
  });

  it('lets an edit win over a kept key, and keeps the keys the edit does not touch', () => {
    const result = fromDdkTheme(full);
    if (!result.ok) throw new Error('did not import');
    const edited = withRole(result.theme, 'light', 'accent', '#aa3377');
    const back = toDdkTheme(edited, 'light');
    expect(back['accent']).toBe('#aa3377');
    expect(sameDdkValue(back['header_padding'], full['header_padding'])).toBe(true);
    expect(sameDdkValue(back['hero_controls_background_color'], full['hero_controls_background_color'])).toBe(true);
  });

  it('writes a dark dict too, DDK\'s "reversed" theme, without the light colours an import kept', () => {
    const result = fromDdkTheme(full);
    if (!result.ok) throw new Error('did not import');
    const dark = toDdkTheme(result.theme, 'dark');
    const light = toDdkTheme(result.theme, 'light');
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    const d = resolveTheme(result.theme, 'dark').colors;
    expect(dark['background_page']).toBe(d.backgroundPage);
    expect(dark['card_background_color']).toBe(d.backgroundContent);
    // Mode-free keys kept from the import hold in both dicts.
    expect(dark['header_content_alignment']).toBe(light['header_content_alignment']);
    // Read back, the dark dict fills dark mode.
    const back = fromDdkTheme(dark);
    expect(back.ok && back.mode).toBe('dark');
  });
});
