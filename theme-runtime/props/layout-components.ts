import type { ResolvedTheme } from '../model/resolve.ts';
import { border, headingTransform, props, px, space, text } from './shared.ts';
import type { ComponentProps, StyleMap } from './types.ts';

/** Paper sizes in mm, portrait. */
const PAPER: Record<ResolvedTheme['report']['pageSize'], [number, number]> = { A4: [210, 297], Letter: [215.9, 279.4] };

/** The sheet the theme's reports print on, in mm: width and height as oriented. */
export function sheetSize(r: ResolvedTheme): { width: number; height: number } {
  const [w, h] = PAPER[r.report.pageSize];
  return r.report.orientation === 'portrait' ? { width: w, height: h } : { width: h, height: w };
}

const mm = (n: number) => `${Math.round(n * 100) / 100}mm`;

function printPage(r: ResolvedTheme) {
  return { size: `${r.report.pageSize} ${r.report.orientation}`, margin: mm(r.report.margin) };
}

export const layoutComponents = {
  App: (r: ResolvedTheme): ComponentProps =>
    props({ ...text(r.fonts.body), backgroundColor: r.colors.backgroundPage, color: r.colors.text, minHeight: '100vh', containerType: 'inline-size', containerName: 'dk-app' }),

  /**
   * The app bar. Its title is in the header font; on an accent header the title, tags and
   * buttons turn to the accent's readable colour.
   */
  Header: (r: ResolvedTheme): ComponentProps => {
    const style = r.components.header.style;
    const onAccent = r.colors.onAccent;
    // The title's font only where the theme gives the header its own (else Title's, which shrinks on phones).
    const h = r.fonts.header;
    const own = h.family !== r.fonts.heading.family || h.size !== r.headingSizes.h2 || h.weight !== r.fonts.heading.weight;
    const title = own ? text(h) : {};
    const look: Record<typeof style, StyleMap> = {
      surface: { backgroundColor: r.colors.backgroundContent, color: r.colors.heading, borderBottom: border(r) },
      page: { backgroundColor: r.colors.backgroundPage, color: r.colors.heading, borderBottom: border(r) },
      accent: { backgroundColor: r.colors.accent, color: onAccent, borderBottom: border(r, r.colors.accent) },
    };
    return props(
      { ...text(r.fonts.body), display: 'flex', alignItems: 'center', gap: space(r, 2), padding: `${space(r, 1.5)} ${space(r, 3)}`, ...look[style] },
      {
        parts:
          style === 'accent'
            ? {
                title: { ...title, color: onAccent },
                tag: { backgroundColor: 'transparent', color: onAccent, borderColor: onAccent },
                button: { backgroundColor: 'transparent', color: onAccent, borderColor: onAccent },
              }
            : own
              ? { title }
              : {},
        below: { width: r.breakpoints.phone, style: { padding: `${space(r, 1)} ${space(r, 2)}`, flexWrap: 'wrap' } },
      },
    );
  },

  Title: (r: ResolvedTheme): ComponentProps =>
    props(
      {
        ...text(r.fonts.heading, r.headingSizes.h2),
        color: r.colors.heading,
        textTransform: headingTransform(r),
        margin: 0,
      },
      { below: { width: r.breakpoints.phone, style: { fontSize: px(r.headingSizes.h3) } } },
    ),

  Sidebar: (r: ResolvedTheme): ComponentProps =>
    props(
      {
        ...text(r.fonts.body),
        display: 'flex',
        flexDirection: 'column',
        gap: space(r, 1.5),
        width: px(Math.max(200, r.shape.spacing * 32)),
        flex: 'none',
        padding: space(r, 2),
        backgroundColor: r.colors.backgroundContent,
        color: r.colors.text,
        borderRight: border(r),
      },
      { below: { width: r.breakpoints.phone, style: { width: 'auto', borderRight: 'none', borderBottom: border(r) } } },
    ),

  /** A row of blocks; below the phone breakpoint the blocks stack. */
  Row: (r: ResolvedTheme): ComponentProps =>
    props(
      { display: 'flex', flexWrap: 'wrap', alignItems: 'stretch', gap: space(r, 2) },
      { below: { width: r.breakpoints.phone, style: { flexDirection: 'column' } } },
    ),

  Block: (r: ResolvedTheme): ComponentProps =>
    props({ flex: '1 1 0', minWidth: 0, display: 'flex', flexDirection: 'column', gap: space(r, 2) }, { below: { width: r.breakpoints.phone, style: { flex: '1 1 auto', width: '100%' } } }),

  /** A printable report: pages on a neutral desk on screen, bare pages on paper. */
  Report: (r: ResolvedTheme): ComponentProps =>
    props(
      { ...text(r.report.font), display: 'flex', flexDirection: 'column', alignItems: 'center', gap: space(r, 3), padding: space(r, 3), backgroundColor: r.colors.backgroundPage, color: r.colors.reportText },
      {
        print: { style: { display: 'block', padding: 0, gap: 0, backgroundColor: 'transparent', color: r.colors.reportText }, page: printPage(r) },
        // On a phone the desk around the pages narrows to a sliver: the pages get the width.
        below: { width: r.breakpoints.phone, style: { padding: space(r, 1), gap: space(r, 2) } },
      },
    ),

  /**
   * One page of a report: a sheet of the theme's paper on screen, its margins as padding.
   * Printed, the margins are the page's own (@page), each page after the first starts a new
   * sheet, and a page longer than a sheet flows onto the next (table headers repeat).
   */
  Page: (r: ResolvedTheme): ComponentProps => {
    const sheet = sheetSize(r);
    return props(
      {
        ...text(r.report.font),
        boxSizing: 'border-box',
        width: mm(sheet.width),
        maxWidth: '100%',
        minHeight: mm(sheet.height),
        padding: mm(r.report.margin),
        display: 'flex',
        flexDirection: 'column',
        gap: px(r.shape.sectionGap),
        backgroundColor: r.colors.reportBackground,
        color: r.colors.reportText,
        boxShadow: r.shape.boxShadow,
        borderRadius: px(Math.min(r.shape.radius, 4)),
      },
      {
        parts: {
          running: { display: 'flex', justifyContent: 'space-between', gap: space(r, 2), color: r.colors.subtleText, fontSize: px(r.report.font.size * 0.8) },
          runningFoot: { marginTop: 'auto' },
          // A report's own headings, captions and footnotes, by element or class.
          heading2: { ...text(r.fonts.heading, r.headingSizes.h2), color: r.colors.heading, textTransform: headingTransform(r), margin: 0, breakAfter: 'avoid' },
          heading3: { ...text(r.fonts.heading, r.headingSizes.h3), color: r.colors.heading, textTransform: headingTransform(r), margin: 0, breakAfter: 'avoid' },
          caption: { fontSize: px(r.report.font.size * 0.85), color: r.colors.subtleText },
          footnote: { fontSize: px(r.report.font.size * 0.8), color: r.colors.subtleText, borderTop: border(r), paddingTop: space(r, 1) },
        },
        print: {
          // No minimum height: a page as tall as the sheet would spill onto a blank one past any
          // wrapper's padding or the body's margin. The sheet's own colour shows (print.ts).
          style: { width: 'auto', minHeight: 'auto', padding: 0, boxShadow: 'none', borderRadius: 0, backgroundColor: 'transparent', color: r.colors.reportText },
          parts: { following: { breakBefore: 'page' }, running: { display: 'none' } },
          page: printPage(r),
        },
        // On a phone a page is a reading view, not a sheet: the paper's margins would take a
        // third of the width (16 mm a side of 390 px) and its height would leave blank screens.
        below: { width: r.breakpoints.phone, style: { padding: space(r, 2), minHeight: 'auto' } },
      },
    );
  },
};
