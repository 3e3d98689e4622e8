import { z } from 'zod';
import { colorField, colorRefField, fontFamilyField, jsonValue, npmNameField, rangeField, versionField } from './fields.ts';
import { COLOR_ROLES, OPTIONAL_COLOR_ROLES, OPTIONAL_ROLE_DESCRIPTIONS, ROLE_DESCRIPTIONS, type ColorRole, type Mode, type OptionalColorRole } from './roles.ts';
import { DEFAULT_THEME } from './defaults.ts';
import { DASH_STYLES, MARKER_SYMBOLS } from './chart-options.ts';

export { DASH_STYLES, MARKER_SYMBOLS } from './chart-options.ts';

/** The newest document version this runtime reads and writes. */
export const THEME_VERSION = 2;

const D = DEFAULT_THEME;

function modeColors(mode: Mode) {
  const shape = Object.fromEntries(
    COLOR_ROLES.map((role) => [
      role,
      colorField.default(D.colors[mode][role]).meta({ description: ROLE_DESCRIPTIONS[role] }),
    ]),
  ) as Record<ColorRole, z.ZodDefault<typeof colorField>>;
  const optional = Object.fromEntries(
    OPTIONAL_COLOR_ROLES.map((role) => [role, colorField.optional().meta({ description: OPTIONAL_ROLE_DESCRIPTIONS[role] })]),
  ) as Record<OptionalColorRole, z.ZodOptional<typeof colorField>>;
  return z
    .strictObject({ ...shape, ...optional })
    .prefault({})
    .meta({ description: `Colour roles in ${mode} mode` });
}

function fontSchema(fallback: (typeof D.typography)['body']) {
  return z
    .strictObject({
      family: fontFamilyField.default(fallback.family),
      size: fontSize.default(fallback.size).meta({ description: 'Font size in px' }),
      weight: fontWeight.default(fallback.weight),
      lineHeight: rangeField(0.8, 3, '× the font size').default(fallback.lineHeight),
    })
    .prefault({});
}

const fontSize = rangeField(8, 72, 'px');
const fontWeight = rangeField(100, 900, '(CSS font weight)', { int: true }).multipleOf(100, { error: 'must be a multiple of 100 (100 thin … 900 black)' });

const colorList = (min: number, max: number, what: string) =>
  z
    .array(colorRefField)
    .min(min, { error: `${what} needs at least ${min} colours` })
    .max(max, { error: `${what} may have at most ${max} colours` });

/** A theme's colorway on its own (saved colorways use the same rules as a theme's). */
export const colorwaySchema = colorList(2, 20, 'a colorway');

const colorwayOverride = (mode: Mode) =>
  z
    .array(colorRefField.nullable())
    .max(20, { error: 'a colorway may have at most 20 colours' })
    .optional()
    .meta({ description: `Series colours drawn in ${mode} mode instead of the derived ones, by position; null keeps the derived one` });

const scaleOverrides = (mode: Mode) =>
  z
    .strictObject({
      sequential: colorList(2, 32, 'a sequential scale').optional(),
      diverging: colorList(3, 32, 'a diverging scale').optional(),
    })
    .optional()
    .meta({ description: `Scales drawn in ${mode} mode instead of the ones derived from the scales above` });

export const themeSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of theme.schema.json, for editor autocompletion' }),
    version: z.literal(THEME_VERSION).meta({ description: 'Theme document version' }),
    name: z
      .string()
      .trim()
      .min(1, { error: 'a theme needs a name' })
      .max(80, { error: 'a name may be at most 80 characters long' })
      // Control characters would travel into file names and package metadata.
      // eslint-disable-next-line no-control-regex
      .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'a name may not contain control characters' })
      .default(D.name),
    description: z.string().max(500, { error: 'a description may be at most 500 characters long' }).optional(),
    package: z
      .strictObject({ name: npmNameField.optional(), version: versionField.optional() })
      .optional()
      .meta({ description: "The exported package's npm name and version: the name's slug + '-theme' and 1.0.0 unless set" }),
    colors: z.strictObject({ light: modeColors('light'), dark: modeColors('dark') }).prefault({}),
    colorway: colorwaySchema
      .default(D.colorway)
      .meta({
        description:
          'Series in order, as light mode draws them; dark mode lifts each (same hue) for its plot area. {role} entries follow that role in each mode',
      }),
    colorwayOverrides: z
      .strictObject({ light: colorwayOverride('light'), dark: colorwayOverride('dark') })
      .optional()
      .meta({ description: 'Per-mode replacements for single series' }),
    scales: z
      .strictObject({
        sequential: colorList(2, 32, 'a sequential scale').default(D.scales.sequential),
        diverging: colorList(3, 32, 'a diverging scale').default(D.scales.diverging),
        light: scaleOverrides('light'),
        dark: scaleOverrides('dark'),
      })
      .prefault({}),
    typography: z
      .strictObject({
        body: fontSchema(D.typography.body),
        heading: fontSchema(D.typography.heading),
        mono: fontSchema(D.typography.mono),
        scaleRatio: rangeField(1, 2, '(ratio between heading levels)')
          .default(D.typography.scaleRatio)
          .meta({ description: 'Each heading level is this many times the size of the next smaller one' }),
        titleCase: z.enum(['none', 'uppercase', 'capitalize', 'lowercase']).default(D.typography.titleCase),
        header: z
          .strictObject({ family: fontFamilyField.optional(), size: fontSize.optional(), weight: fontWeight.optional() })
          .optional()
          .meta({ description: "The app bar's title font; each part the heading font's unless set" }),
      })
      .prefault({}),
    shape: z
      .strictObject({
        radius: rangeField(0, 64, 'px').default(D.shape.radius).meta({ description: 'Corner radius in px' }),
        borderWidth: rangeField(0, 8, 'px').default(D.shape.borderWidth),
        spacing: rangeField(2, 32, 'px').default(D.shape.spacing).meta({ description: 'Spacing unit in px; paddings and gaps are multiples of it' }),
        shadow: z.enum(['none', 'subtle', 'medium', 'strong']).default(D.shape.shadow),
        sectionGap: rangeField(0, 96, 'px').optional().meta({ description: 'Space between sections (rows of cards, report blocks) in px; three spacing units unless set' }),
      })
      .prefault({}),
    chart: z
      .strictObject({
        gridlines: z.enum(['both', 'x', 'y', 'none']).default(D.chart.gridlines),
        lineWidth: rangeField(0.5, 10, 'px').default(D.chart.lineWidth),
        markerSize: rangeField(2, 30, 'px').default(D.chart.markerSize),
        symbols: z.array(z.enum(MARKER_SYMBOLS)).min(1, { error: 'give at least one marker symbol' }).max(20)
          .default(D.chart.symbols)
          .meta({ description: 'Marker symbols cycled across series, so series differ by more than colour' }),
        dashes: z.array(z.enum(DASH_STYLES)).min(1, { error: 'give at least one dash style' }).max(6)
          .default(D.chart.dashes)
          .meta({ description: 'Line dash styles cycled across series' }),
        legendPosition: z.enum(['top', 'bottom', 'right', 'hidden']).default(D.chart.legendPosition),
      })
      .prefault({}),
    breakpoints: z
      .strictObject({
        phone: rangeField(320, 1200, 'px', { int: true }).default(D.breakpoints.phone)
          .meta({ description: 'Below this width rows stack their blocks' }),
        tablet: rangeField(480, 2400, 'px', { int: true }).default(D.breakpoints.tablet),
      })
      .prefault({})
      .refine((b) => b.phone < b.tablet, { error: 'the phone breakpoint must be narrower than the tablet one', path: ['phone'] }),
    components: z
      .strictObject({
        card: z
          .strictObject({
            accentEdge: z.enum(['top', 'left', 'none']).default(D.components.card.accentEdge),
            padding: rangeField(0, 64, 'px').optional().meta({ description: 'Space inside a card in px; two spacing units unless set' }),
            headerStyle: z.enum(['divided', 'plain', 'filled']).optional()
              .meta({ description: 'Card titles: a rule underneath (default), bare, or on a tinted band' }),
            titleSize: fontSize.optional().meta({ description: "Card title size in px; the heading font's size unless set" }),
            descriptionSize: fontSize.optional().meta({ description: 'Card description and footer text in px; seven eighths of the body size unless set' }),
          })
          .prefault({}),
        button: z.strictObject({ variant: z.enum(['filled', 'outline']).default(D.components.button.variant) }).prefault({}),
        header: z
          .strictObject({
            style: z.enum(['surface', 'accent', 'page']).default(D.components.header.style)
              .meta({ description: 'App header background: the content surface, the accent (text turns black or white to suit), or the page itself' }),
          })
          .prefault({}),
        controls: z
          .strictObject({
            style: z.enum(['outlined', 'filled', 'underlined']).default(D.components.controls.style)
              .meta({ description: 'Inputs and selects: a full border, a tinted fill, or a line underneath' }),
          })
          .prefault({}),
        table: z
          .strictObject({
            density: z.enum(['compact', 'normal', 'comfortable']).default(D.components.table.density).meta({ description: 'Row height: cell padding in spacing units' }),
            striped: z.boolean().default(D.components.table.striped).meta({ description: 'Alternate rows tinted' }),
          })
          .prefault({}),
        tag: z
          .strictObject({
            shape: z.enum(['pill', 'rounded', 'square']).default(D.components.tag.shape),
            variant: z.enum(['subtle', 'outline', 'solid']).default(D.components.tag.variant)
              .meta({ description: 'A faint accent fill, an outline, or the accent itself' }),
          })
          .prefault({}),
      })
      .prefault({}),
    report: z
      .strictObject({
        pageSize: z.enum(['A4', 'Letter']).optional().meta({ description: 'Paper size; A4 unless set' }),
        orientation: z.enum(['portrait', 'landscape']).optional(),
        margin: rangeField(0, 50, 'mm').optional().meta({ description: 'Page margin on every side in mm; 16 unless set' }),
        fontFamily: fontFamilyField.optional().meta({ description: 'Report text; the body font unless set' }),
        fontSize: fontSize.optional().meta({ description: 'Report body text in px; the body size unless set' }),
        header: z.string().max(120, { error: 'a running header may be at most 120 characters long' }).optional()
          .meta({ description: 'Running header printed on every page; none unless set' }),
        footer: z.string().max(120, { error: 'a running footer may be at most 120 characters long' }).optional()
          .meta({ description: 'Running footer printed on every page; none unless set' }),
        pageNumbers: z.boolean().optional().meta({ description: '"Page n of m" on every printed page; on unless false' }),
        paper: z.enum(['light', 'dark']).optional().meta({ description: "Which mode's colours print: light paper unless set to dark" }),
      })
      .optional()
      .meta({ description: 'How reports lay out and print' }),
    extensions: z
      .record(z.string(), z.record(z.string(), jsonValue))
      .optional()
      .meta({ description: 'Settings of other tools with no Design Kit meaning, kept to be written back (e.g. ddk: DDK keys an import could not express)' }),
  })
  .meta({ title: 'Design Kit theme', description: 'One theme for data apps, light and dark modes together' });
