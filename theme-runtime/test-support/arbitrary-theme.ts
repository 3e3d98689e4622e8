import fc from 'fast-check';
import { DASH_STYLES, MARKER_SYMBOLS } from '../model/chart-options.ts';
import { COLOR_ROLES, OPTIONAL_COLOR_ROLES } from '../model/roles.ts';
import type { Theme } from '../model/types.ts';

/** Valid theme documents, optional parts set or not, for round-trip property tests. */
const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const hexAlpha = fc.oneof(
  { weight: 5, arbitrary: hex },
  { weight: 1, arbitrary: fc.tuple(hex, fc.integer({ min: 0, max: 254 })).map(([h, a]) => `${h}${a.toString(16).padStart(2, '0')}`) },
);
const colorRef = fc.oneof({ weight: 4, arbitrary: hex }, { weight: 1, arbitrary: fc.constantFrom(...COLOR_ROLES).map((r) => `{${r}}`) });
const modeColors = fc.record(Object.fromEntries(COLOR_ROLES.map((r) => [r, hexAlpha])) as Record<(typeof COLOR_ROLES)[number], fc.Arbitrary<string>>);
const family = fc.constantFrom('Inter, system-ui, sans-serif', '"Source Serif 4", Georgia, serif', 'IBM Plex Sans, sans-serif', 'system-ui,-apple-system,"Segoe UI",Roboto', "'JetBrains Mono', monospace");
const font = fc.record({
  family,
  size: fc.integer({ min: 8, max: 72 }),
  weight: fc.integer({ min: 1, max: 9 }).map((n) => n * 100),
  lineHeight: fc.double({ min: 0.8, max: 3, noNaN: true }),
});
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,30}[A-Za-z0-9]$/);
/** Some of the optional colours (component colours), set. */
const componentColors = fc.subarray(OPTIONAL_COLOR_ROLES.filter((r) => r !== 'accentText')).chain((roles) => fc.tuple(...roles.map(() => hexAlpha)).map((values) => Object.fromEntries(roles.map((r, i) => [r, values[i]]))));
const report = fc.option(
  fc.record(
    {
      pageSize: fc.constantFrom('A4', 'Letter' as const),
      orientation: fc.constantFrom('portrait', 'landscape' as const),
      margin: fc.integer({ min: 0, max: 50 }),
      fontFamily: family,
      fontSize: fc.integer({ min: 8, max: 72 }),
      header: fc.stringMatching(/^[A-Za-z0-9 ·,.&]{1,40}$/),
      footer: fc.stringMatching(/^[A-Za-z0-9 ·,.&]{1,40}$/),
      pageNumbers: fc.boolean(),
      paper: fc.constantFrom('light', 'dark' as const),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const card = fc.record(
  {
    padding: fc.integer({ min: 0, max: 64 }),
    headerStyle: fc.constantFrom('divided', 'plain', 'filled' as const),
    titleSize: fc.integer({ min: 8, max: 72 }),
    descriptionSize: fc.integer({ min: 8, max: 72 }),
  },
  { requiredKeys: [] },
);
const headerFont = fc.option(fc.record({ family, size: fc.integer({ min: 8, max: 72 }), weight: fc.integer({ min: 1, max: 9 }).map((n) => n * 100) }, { requiredKeys: [] }), { nil: undefined });
const identity = fc.option(fc.record({ name: fc.stringMatching(/^(@[a-z][a-z0-9-]{0,8}\/)?[a-z][a-z0-9.-]{0,20}$/), version: fc.stringMatching(/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/) }, { requiredKeys: [] }), { nil: undefined });
const extensions = fc.option(fc.record({ ddk: fc.record({ mode: fc.constantFrom('light', 'dark'), kept: fc.dictionary(fc.stringMatching(/^[a-z_]{1,20}$/).filter((k) => k !== '__proto__'), fc.record({ value: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)) })) }) }), { nil: undefined });

export const arbitraryTheme: fc.Arbitrary<Theme> = fc
  .record({
    name,
    description: fc.option(fc.stringMatching(/^[A-Za-z0-9 ,.]{0,80}$/), { nil: undefined }),
    light: modeColors,
    dark: modeColors,
    colorway: fc.array(colorRef, { minLength: 2, maxLength: 20 }),
    accentText: fc.option(hex, { nil: undefined }),
    darkSeries: fc.option(fc.array(fc.option(colorRef, { nil: null }), { maxLength: 20 }), { nil: undefined }),
    darkSequential: fc.option(fc.array(colorRef, { minLength: 2, maxLength: 12 }), { nil: undefined }),
    sequential: fc.array(colorRef, { minLength: 2, maxLength: 12 }),
    diverging: fc.array(colorRef, { minLength: 3, maxLength: 12 }),
    body: font,
    heading: font,
    mono: font,
    scaleRatio: fc.double({ min: 1, max: 2, noNaN: true }),
    titleCase: fc.constantFrom('none', 'uppercase', 'capitalize', 'lowercase' as const),
    shape: fc.record({ radius: fc.integer({ min: 0, max: 64 }), borderWidth: fc.double({ min: 0, max: 8, noNaN: true }), spacing: fc.integer({ min: 2, max: 32 }), shadow: fc.constantFrom('none', 'subtle', 'medium', 'strong' as const) }),
    chart: fc.record({
      gridlines: fc.constantFrom('both', 'x', 'y', 'none' as const),
      lineWidth: fc.double({ min: 0.5, max: 10, noNaN: true }),
      markerSize: fc.integer({ min: 2, max: 30 }),
      symbols: fc.array(fc.constantFrom(...MARKER_SYMBOLS), { minLength: 1, maxLength: 8 }),
      dashes: fc.array(fc.constantFrom(...DASH_STYLES), { minLength: 1, maxLength: 6 }),
      legendPosition: fc.constantFrom('top', 'bottom', 'right', 'hidden' as const),
    }),
    phone: fc.integer({ min: 320, max: 1200 }),
    tabletGap: fc.integer({ min: 1, max: 1000 }),
    accentEdge: fc.constantFrom('top', 'left', 'none' as const),
    variant: fc.constantFrom('filled', 'outline' as const),
    header: fc.constantFrom('surface', 'accent', 'page' as const),
    controls: fc.constantFrom('outlined', 'filled', 'underlined' as const),
    table: fc.record({ density: fc.constantFrom('compact', 'normal', 'comfortable' as const), striped: fc.boolean() }),
    tag: fc.record({ shape: fc.constantFrom('pill', 'rounded', 'square' as const), variant: fc.constantFrom('subtle', 'outline', 'solid' as const) }),
    lightParts: componentColors,
    darkParts: componentColors,
    report,
    card,
    headerFont,
    sectionGap: fc.option(fc.integer({ min: 0, max: 96 }), { nil: undefined }),
    identity,
    extensions,
  })
  .map((t) => ({
    version: 2 as const,
    name: t.name,
    ...(t.description === undefined ? {} : { description: t.description }),
    ...(t.identity === undefined || Object.keys(t.identity).length === 0 ? {} : { package: t.identity }),
    colors: { light: { ...t.light, ...t.lightParts, ...(t.accentText === undefined ? {} : { accentText: t.accentText }) }, dark: { ...t.dark, ...t.darkParts } },
    colorway: t.colorway,
    ...(t.darkSeries === undefined ? {} : { colorwayOverrides: { dark: t.darkSeries } }),
    scales: { sequential: t.sequential, diverging: t.diverging, ...(t.darkSequential === undefined ? {} : { dark: { sequential: t.darkSequential } }) },
    typography: { body: t.body, heading: t.heading, mono: t.mono, scaleRatio: t.scaleRatio, titleCase: t.titleCase, ...(t.headerFont === undefined || Object.keys(t.headerFont).length === 0 ? {} : { header: t.headerFont }) },
    shape: { ...t.shape, ...(t.sectionGap === undefined ? {} : { sectionGap: t.sectionGap }) },
    chart: t.chart,
    breakpoints: { phone: t.phone, tablet: Math.min(2400, Math.max(480, t.phone + t.tabletGap)) },
    components: {
      card: { accentEdge: t.accentEdge, ...t.card },
      button: { variant: t.variant },
      header: { style: t.header },
      controls: { style: t.controls },
      table: t.table,
      tag: t.tag,
    },
    ...(t.report === undefined || Object.keys(t.report).length === 0 ? {} : { report: t.report }),
    ...(t.extensions === undefined ? {} : { extensions: t.extensions }),
  }));
