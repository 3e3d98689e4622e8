import type { ResolvedTheme } from '../model/resolve.ts';
import { border, focusRing, headingTransform, props, px, space, text } from './shared.ts';
import type { ComponentProps, StyleMap } from './types.ts';

// The accent edge is thicker than the border so that it reads as colour, not as a line.
function cardAccent(r: ResolvedTheme): StyleMap {
  const edge = r.components.card.accentEdge;
  if (edge === 'none') return {};
  return { [edge === 'top' ? 'borderTop' : 'borderLeft']: `${Math.max(3, r.shape.borderWidth)}px solid ${r.colors.accent}` };
}

function cardSurface(r: ResolvedTheme): StyleMap {
  return {
    ...text(r.fonts.body),
    backgroundColor: r.colors.backgroundContent,
    color: r.colors.text,
    border: border(r),
    ...cardAccent(r),
    borderRadius: px(r.shape.radius),
    boxShadow: r.shape.boxShadow,
    padding: px(r.card.padding),
  };
}

/** The card title's look: a rule under it, bare, or a tinted band across the card's top. */
function cardTitleLook(r: ResolvedTheme): StyleMap {
  const pad = px(r.card.padding);
  switch (r.card.headerStyle) {
    case 'divided':
      return { paddingBottom: space(r, 1), marginBottom: space(r, 1.5), borderBottom: border(r) };
    case 'plain':
      return { marginBottom: space(r, 1) };
    case 'filled':
      // Out to the card's edges; the card's accent edge and corners stay visible around it.
      return { margin: `-${pad} -${pad} ${space(r, 1.5)}`, padding: `${space(r, 1)} ${pad}`, backgroundColor: r.colors.surfaceAlt, borderBottom: border(r) };
  }
}

/** Presentation mode: the card fills the viewport above everything else. */
const FULLSCREEN: StyleMap = { position: 'fixed', inset: '0', zIndex: 1000, borderRadius: 0, margin: 0, overflow: 'auto', display: 'flex', flexDirection: 'column' };

const heading = (r: ResolvedTheme, size: number): StyleMap => ({
  ...text(r.fonts.heading, size),
  color: r.colors.heading,
  textTransform: headingTransform(r),
  margin: 0,
});

/** An input's box for the theme's control style: outlined, filled, or a line underneath. */
function controlLook(r: ResolvedTheme): StyleMap {
  const width = px(Math.max(1, r.shape.borderWidth));
  const radius = px(Math.min(r.shape.radius, 8));
  switch (r.components.controls.style) {
    case 'outlined':
      return { border: `${width} solid ${r.colors.border}`, borderRadius: radius, backgroundColor: r.colors.backgroundContent };
    case 'filled':
      // The border keeps the fill's colour, so every style has the same box size.
      return { border: `${width} solid ${r.colors.surfaceAlt}`, borderBottomColor: r.colors.border, borderRadius: `${radius} ${radius} 0 0`, backgroundColor: r.colors.surfaceAlt };
    case 'underlined':
      return { border: `${width} solid transparent`, borderBottomColor: r.colors.border, borderRadius: 0, backgroundColor: 'transparent' };
  }
}

/** Cell padding per table density, in spacing units: [vertical, horizontal]. */
const TABLE_PADDING: Record<ResolvedTheme['components']['table']['density'], [number, number]> = {
  compact: [0.375, 1],
  normal: [0.75, 1.5],
  comfortable: [1.125, 2],
};

export const contentComponents = {
  Card: (r: ResolvedTheme): ComponentProps =>
    props(cardSurface(r), {
      parts: { fullscreen: FULLSCREEN },
    }),

  CardHeader: (r: ResolvedTheme): ComponentProps =>
    props({
      ...heading(r, r.card.titleSize),
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: space(r, 1),
      ...cardTitleLook(r),
    }),

  CardFooter: (r: ResolvedTheme): ComponentProps =>
    props({ ...text(r.fonts.body, r.card.descriptionSize), color: r.colors.subtleText, paddingTop: space(r, 1), marginTop: space(r, 1.5), borderTop: border(r) }),

  ControlCard: (r: ResolvedTheme): ComponentProps =>
    props({ ...cardSurface(r), display: 'flex', flexDirection: 'column', gap: space(r, 2) }, { parts: { title: heading(r, r.card.titleSize) } }),

  /**
   * A labelled control: label above, control below; the control part styles inputs and
   * selects. A checkbox or radio sits before its label on one line, at the text's size; a
   * range slider spans the width, drawn by the browser in the accent (accent-color).
   */
  ControlItem: (r: ResolvedTheme): ComponentProps =>
    props(
      { display: 'flex', flexDirection: 'column', gap: space(r, 0.5) },
      {
        parts: {
          label: { ...text(r.fonts.body, r.fonts.body.size * 0.875), fontWeight: 600, color: r.colors.text },
          hint: { ...text(r.fonts.body, r.fonts.body.size * 0.8), color: r.colors.subtleText },
          control: { ...text(r.fonts.body), padding: `${space(r, 0.75)} ${space(r, 1)}`, color: r.colors.text, ...controlLook(r) },
          check: { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', columnGap: space(r, 1) },
          checkControl: { width: '1.1em', height: '1.1em', margin: 0, padding: 0, border: 'none', borderRadius: 0, background: 'none', boxShadow: 'none', cursor: 'pointer' },
          checkHint: { flexBasis: '100%', paddingLeft: `calc(1.1em + ${space(r, 1)})` },
          rangeControl: { width: '100%', margin: 0, padding: 0, border: 'none', background: 'none', boxShadow: 'none', cursor: 'pointer' },
        },
        states: { focus: { ...focusRing(r), borderColor: r.colors.accent }, disabled: { opacity: 0.5, cursor: 'not-allowed' } },
      },
    ),

  /** A KPI: label, big value, and a delta coloured by its sign. */
  DataCard: (r: ResolvedTheme): ComponentProps =>
    props(
      { ...cardSurface(r), display: 'flex', flexDirection: 'column', gap: space(r, 0.5) },
      {
        parts: {
          label: { ...text(r.fonts.body, r.card.descriptionSize), color: r.colors.subtleText },
          value: { ...text(r.fonts.heading, r.headingSizes.h1), fontVariantNumeric: 'tabular-nums', color: r.colors.heading, lineHeight: 1.15 },
          deltaPositive: { ...text(r.fonts.body, r.fonts.body.size * 0.875), fontWeight: 600, color: r.colors.accentPositive },
          deltaNegative: { ...text(r.fonts.body, r.fonts.body.size * 0.875), fontWeight: 600, color: r.colors.accentNegative },
          deltaNeutral: { ...text(r.fonts.body, r.fonts.body.size * 0.875), color: r.colors.subtleText },
          fullscreen: FULLSCREEN,
        },
      },
    ),

  Graph: (r: ResolvedTheme): ComponentProps =>
    props(
      { position: 'relative', width: '100%', minHeight: '240px', backgroundColor: r.colors.backgroundContent, borderRadius: px(Math.max(0, r.shape.radius - 2)) },
      {
        parts: {
          error: { ...text(r.fonts.body), padding: space(r, 2), color: r.colors.accentNegative, border: `1px dashed ${r.colors.accentNegative}`, borderRadius: px(r.shape.radius) },
          loading: { ...text(r.fonts.body), padding: space(r, 2), color: r.colors.subtleText },
        },
      },
    ),

  /** A data table; rows alternate, numbers line up, the header stays apart. */
  Table: (r: ResolvedTheme): ComponentProps => {
    const [v, h] = TABLE_PADDING[r.components.table.density];
    const cell = { padding: `${space(r, v)} ${space(r, h)}`, borderBottom: `1px solid ${r.colors.tableBorder}`, textAlign: 'left' };
    return props(
      { ...text(r.fonts.body), width: '100%', borderCollapse: 'collapse', color: r.colors.text, backgroundColor: r.colors.backgroundContent },
      {
        parts: {
          headerCell: { ...cell, fontWeight: 600, color: r.colors.heading, backgroundColor: r.colors.surfaceAlt, borderBottom: `2px solid ${r.colors.tableBorder}` },
          cell,
          // A figure and its unit stay on one line: "+14.1" over "%" reads as two values.
          numericCell: { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontFamily: r.fonts.mono.family, whiteSpace: 'nowrap' },
          ...(r.components.table.striped ? { stripedRow: { backgroundColor: r.colors.tableStripe } } : {}),
          // The box around the table (below its caption, if it has one): a table wider than its
          // container scrolls inside it. (Printed, it is whole: stylesheet.ts.)
          scroll: { overflowX: 'auto' },
          // Focused from the keyboard, a box that scrolls shows the ring, whole: not faded at
          // a side with more beyond it, as it is otherwise (stylesheet.ts).
          scrollFocus: { ...focusRing(r), outlineOffset: '-2px', maskImage: 'none' },
        },
        // For rows.
        states: { hover: { backgroundColor: r.colors.accentSubtle }, selected: { backgroundColor: r.colors.accentSelected } },
      },
    );
  },

  /** A tab list; the states apply to each tab. */
  Tabs: (r: ResolvedTheme): ComponentProps =>
    props(
      { display: 'flex', gap: space(r, 0.5), borderBottom: border(r), ...text(r.fonts.body) },
      {
        parts: {
          tab: {
            ...text(r.fonts.body),
            padding: `${space(r, 1)} ${space(r, 1.5)}`,
            border: 'none',
            borderBottom: '2px solid transparent',
            marginBottom: `-${px(r.shape.borderWidth)}`,
            background: 'none',
            color: r.colors.subtleText,
            cursor: 'pointer',
          },
          panel: { paddingTop: space(r, 2) },
        },
        states: {
          hover: { color: r.colors.text, backgroundColor: r.colors.accentSubtle },
          selected: { color: r.colors.accentText, borderBottom: `2px solid ${r.colors.accent}`, fontWeight: 600 },
          focus: focusRing(r),
          disabled: { opacity: 0.45, cursor: 'not-allowed' },
        },
      },
    ),
};
