import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../color/contrast.ts';
import { palettes } from '../test-support/fixtures.ts';
import { readPresets } from '../test-support/presets.ts';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { withColorway, withRole, withSeriesOverride } from '../model/edit.ts';
import type { Theme } from '../model/types.ts';
import { arbitraryTheme } from '../test-support/arbitrary-theme.ts';
import { checkTheme } from './check-theme.ts';

describe('checkTheme', () => {
  it('reports every text pair the runtime draws, per mode, with WCAG level and APCA', () => {
    const report = checkTheme(DEFAULT_THEME);
    for (const mode of ['light', 'dark'] as const) {
      const ids = report[mode].text.map((t) => t.id);
      expect(ids).toEqual(
        expect.arrayContaining(['text-on-content', 'text-on-page', 'heading-on-content', 'subtle-on-content', 'button-text', 'header-title', 'link-on-content']),
      );
      const body = report[mode].text.find((t) => t.id === 'text-on-content');
      const colors = DEFAULT_THEME.colors[mode];
      expect(body?.ratio).toBeCloseTo(contrastRatio(colors.text, colors.backgroundContent), 6);
      expect(body?.level).toBe('AAA');
      expect(Math.abs(body?.apca ?? 0)).toBeGreaterThan(75);
    }
    expect(report.pass).toBe(true);
  });

  it('checks the text the component choices put on new backgrounds: accent header, solid tags, filled inputs', () => {
    const theme: Theme = {
      ...DEFAULT_THEME,
      components: { ...DEFAULT_THEME.components, header: { style: 'accent' }, tag: { shape: 'pill', variant: 'solid' }, controls: { style: 'filled' } },
    };
    const light = checkTheme(theme).light.text;
    const header = light.find((t) => t.id === 'header-title');
    expect(header).toMatchObject({ background: theme.colors.light.accent, path: '/colors/light/accent' });
    expect(light.find((t) => t.id === 'tag-text')).toMatchObject({ background: theme.colors.light.accent });
    expect(light.find((t) => t.id === 'control-text')?.ratio).toBeGreaterThan(4.5);
    // A pale accent makes the accent header's title unreadable, and the finding points at the accent.
    const pale = withRole(theme, 'light', 'accent', '#ffd84d');
    const pair = checkTheme(pale).light.text.find((t) => t.id === 'header-title');
    expect(pair?.foreground).toBe('#000000'); // black reads on yellow
    expect(pair?.level).not.toBe('fail');
  });

  it('fails faint subtle text, points at the control, and suggests a colour that passes', () => {
    const theme = withRole(DEFAULT_THEME, 'light', 'subtleText', '#a0a6b0');
    const report = checkTheme(theme);
    expect(report.pass).toBe(false);
    const finding = report.findings.find((f) => f.path === '/colors/light/subtleText');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/below the 4.5:1 WCAG AA asks/);
    const check = report.light.text.find((t) => t.id === 'subtle-on-content');
    expect(check?.level).toBe('fail');
    expect(contrastRatio(check?.suggestion ?? '#ffffff', theme.colors.light.backgroundContent)).toBeGreaterThanOrEqual(4.5);
    // Dark mode is untouched.
    expect(report.dark.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('judges large headings against 3:1, not 4.5:1', () => {
    const big: Theme = { ...DEFAULT_THEME, typography: { ...DEFAULT_THEME.typography, heading: { ...DEFAULT_THEME.typography.heading, size: 28 } } };
    // #8a8a8a on white is 3.45:1: enough for large text only.
    const report = checkTheme(withRole(big, 'light', 'heading', '#8a8a8a'));
    const card = report.light.text.find((t) => t.id === 'heading-on-content');
    expect(card?.large).toBe(true);
    expect(card?.level).toBe('AA');
  });

  it('names the colorway pairs that collapse for colour-blind readers and links them to the colour', () => {
    const category10 = palettes()['category10']?.colors ?? [];
    const report = checkTheme(withColorway(DEFAULT_THEME, category10));
    const protan = report.findings.filter((f) => f.mode === 'light' && /look alike for protans/.test(f.message));
    // Light mode deepens the orange to stand out on white; the pair still collapses.
    expect(protan.some((f) => f.path === '/colorway/2' && f.message.includes('series 2 (') && f.message.includes('series 3 (#2ca02c)') && f.severity === 'error')).toBe(true);
    expect(report.light.colorway.safe).toBe(false);
  });

  it('checks each colorway entry against the chart background of its mode', () => {
    // Okabe–Ito's yellow is 1.3:1 on white: derived, light mode deepens it, so nothing to say…
    const derived = checkTheme(withColorway(DEFAULT_THEME, ['#2563eb', '#f0e442']));
    expect(derived.light.findings.some((f) => f.path === '/colorway/1' && /against the plot background/.test(f.message))).toBe(false);
    // …but pinned as it is, it is flagged in light mode and not on the dark background.
    const pinned = checkTheme(withSeriesOverride(withColorway(DEFAULT_THEME, ['#2563eb', '#f0e442']), 'light', 1, '#f0e442'));
    expect(pinned.light.findings.some((f) => f.path === '/colorway/1' && f.severity === 'warning')).toBe(true);
    expect(pinned.dark.findings.some((f) => f.path === '/colorway/1' && /against the plot background/.test(f.message))).toBe(false);
  });

  it('warns about close pairs and fails confusable ones, naming the distance', () => {
    // ColorBrewer Set1's red and green: ΔE00 9.8 for deutans — close, a warning.
    const close = checkTheme(withSeriesOverride(withSeriesOverride(withColorway(DEFAULT_THEME, ['#e41a1c', '#4daf4a']), 'light', 0, '#e41a1c'), 'light', 1, '#4daf4a'));
    const pair = close.light.findings.find((f) => f.path === '/colorway/1' && /close/.test(f.message));
    expect(pair?.severity).toBe('warning');
    expect(pair?.message).toMatch(/ΔE00 9\.\d/);
    expect(close.light.findings.some((f) => f.path === '/colorway/1' && f.severity === 'error')).toBe(false);
  });

  it('measures translucent text as it shows: 30 % black on white fails', () => {
    const faint = checkTheme(withRole(DEFAULT_THEME, 'light', 'subtleText', '#0000004d'));
    const caption = faint.light.text.find((t) => t.id === 'subtle-on-content');
    expect(caption?.ratio).toBeCloseTo(2.1, 1);
    expect(caption?.level).toBe('fail');
    expect(caption?.suggestion).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('links accent-coloured text to accentText, never to the brand fill', () => {
    const yellow = withRole(withRole(DEFAULT_THEME, 'light', 'accent', '#ffcc00'), 'light', 'accentText', '#ffcc00');
    const link = checkTheme(yellow).light.text.find((t) => t.id === 'link-on-content');
    expect(link?.path).toBe('/colors/light/accentText');
    expect(link?.level).toBe('fail');
  });

  it('warns about a rainbow sequential scale', () => {
    const theme: Theme = { ...DEFAULT_THEME, scales: { ...DEFAULT_THEME.scales, sequential: ['#0000ff', '#00ffff', '#00ff00', '#ffff00', '#ff0000'] } };
    const finding = checkTheme(theme).findings.find((f) => f.path === '/scales/sequential');
    expect(finding?.severity).toBe('warning');
  });

  it('orders findings errors first', () => {
    const theme = { ...withRole(DEFAULT_THEME, 'dark', 'text', '#333333'), colorway: ['#2563eb', '#f0e442'] };
    const severities = checkTheme(theme).findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'advice'].indexOf(a) - ['error', 'warning', 'advice'].indexOf(b)));
  });
});

describe('chart text in every preset', () => {
  it.each(readPresets())('%s: tick labels, legends, axis titles, annotations and hover labels reach 4.5:1 in both modes, and gridlines are visible but quieter than the data', (_id, theme) => {
    const report = checkTheme(theme);
    for (const mode of [report.light, report.dark]) {
      const chart = mode.text.filter((t) => t.id.startsWith('chart-'));
      expect(chart.map((t) => t.id)).toEqual(['chart-ticks', 'chart-legend', 'chart-annotations']);
      for (const t of chart) expect(t.ratio, `${mode.mode} ${t.label}`).toBeGreaterThanOrEqual(4.5);
      expect(mode.findings.filter((f) => f.path.endsWith('/grid')), mode.mode).toEqual([]);
    }
  });

  it('points a failing chart-text pair at the colour to change', () => {
    const theme = structuredClone(DEFAULT_THEME);
    theme.colors.light.subtleText = '#b0b0b0';
    const report = checkTheme(theme);
    const ticks = report.light.text.find((t) => t.id === 'chart-ticks');
    expect(ticks?.level).toBe('fail');
    expect(report.findings.some((f) => f.path === '/colors/light/subtleText' && f.message.startsWith('Chart tick labels'))).toBe(true);
  });

  it('flags gridlines louder than the data, and invisible ones', () => {
    const loud = structuredClone(DEFAULT_THEME);
    loud.colors.light.grid = '#000000';
    expect(checkTheme(loud).findings.some((f) => f.path === '/colors/light/grid' && /as strong as the data/.test(f.message))).toBe(true);
    const faint = structuredClone(DEFAULT_THEME);
    faint.colors.light.grid = faint.colors.light.plotBackground;
    expect(checkTheme(faint).findings.some((f) => f.path === '/colors/light/grid' && /too faint/.test(f.message))).toBe(true);
  });

  it('checks each component colour a theme sets, each finding pointing at that colour', () => {
    const cases: [Partial<Theme['colors']['light']>, string][] = [
      [{ tooltipBackground: '#253247', tooltipText: '#3a4a60' }, '/colors/light/tooltipText'],
      [{ reportText: '#c8c8c8' }, '/colors/light/reportText'],
      [{ tagBackground: '#1f2937' }, '/colors/light/tagText'],
      [{ controlBackground: '#333333' }, '/colors/light/controlBackground'],
      [{ tableStripe: '#3b3b3b' }, '/colors/light/tableStripe'],
    ];
    for (const [colors, path] of cases) {
      const theme = structuredClone(DEFAULT_THEME);
      Object.assign(theme.colors.light, colors);
      const errors = checkTheme(theme).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.path), JSON.stringify(colors)).toContain(path);
    }
    // A readable choice passes: DDK's dark tooltip with white text.
    const fine = structuredClone(DEFAULT_THEME);
    Object.assign(fine.colors.light, { tooltipBackground: '#253247', tooltipText: '#ffffff' });
    expect(checkTheme(fine).light.text.find((t) => t.id === 'tooltip-text')?.level).toBe('AAA');
  });

  it('flags table lines and input edges nobody can see, and advises 3:1 for input edges', () => {
    const theme = structuredClone(DEFAULT_THEME);
    Object.assign(theme.colors.light, { tableBorder: '#ffffff', controlBorder: '#d9dde3' });
    const findings = checkTheme(theme).findings;
    expect(findings.find((f) => f.path === '/colors/light/tableBorder')?.severity).toBe('warning');
    expect(findings.find((f) => f.path === '/colors/light/controlBorder')?.severity).toBe('advice');
  });
});

describe('checkTheme after an earlier report', () => {
  const roles = ['backgroundContent', 'text', 'accent', 'plotBackground', 'grid'] as const;
  const colors = fc.constantFrom('#101010', '#f4f4f4', '#3366ff', '#c0392b', '#777777', '#fdfdfd');

  it('gives what a fresh check gives, for any theme and any edit of one mode’s colours or of another setting', () => {
    fc.assert(
      fc.property(arbitraryTheme, fc.constantFrom('light', 'dark'), fc.constantFrom(...roles), colors, fc.boolean(), (theme, mode, role, color, other) => {
        const previous = { theme, report: checkTheme(theme) };
        // A role edit in one mode, or a change of a setting both modes read (the colorway).
        const edited: Theme = other ? { ...theme, colorway: [...theme.colorway].reverse() } : withRole(theme, mode, role, color);
        expect(checkTheme(edited, previous)).toEqual(checkTheme(edited));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the other mode’s report when one mode’s colours change, and checks that mode again', () => {
    const previous = { theme: DEFAULT_THEME, report: checkTheme(DEFAULT_THEME) };
    const edited = withRole(DEFAULT_THEME, 'light', 'backgroundContent', '#f0f0f0');
    const report = checkTheme(edited, previous);
    expect(report.dark).toBe(previous.report.dark);
    expect(report.light).not.toBe(previous.report.light);
  });
});
