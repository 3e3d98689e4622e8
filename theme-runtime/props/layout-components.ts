import type { ResolvedTheme } from '../model/resolve.ts';
import { border, headingTransform, props, px, space, text } from './shared.ts';
import type { ComponentProps, StyleMap } from './types.ts';

// A4 with margins wide enough for binding; reports are printed more often than not.
const PRINT_PAGE = { size: 'A4 portrait', margin: '16mm' };

export const layoutComponents = {
  App: (r: ResolvedTheme): ComponentProps =>
    props({ ...text(r.fonts.body), backgroundColor: r.colors.backgroundPage, color: r.colors.text, minHeight: '100vh', containerType: 'inline-size', containerName: 'dk-app' }),

  /** The app bar. On an accent header its title, tags and buttons turn to the accent's readable colour. */
  Header: (r: ResolvedTheme): ComponentProps => {
    const style = r.components.header.style;
    const onAccent = r.colors.onAccent;
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
                title: { color: onAccent },
                tag: { backgroundColor: 'transparent', color: onAccent, borderColor: onAccent },
                button: { backgroundColor: 'transparent', color: onAccent, borderColor: onAccent },
              }
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
      { ...text(r.fonts.body), display: 'flex', flexDirection: 'column', alignItems: 'center', gap: space(r, 3), padding: space(r, 3), backgroundColor: r.colors.backgroundPage, color: r.colors.text },
      { print: { style: { display: 'block', padding: 0, gap: 0, backgroundColor: 'transparent' }, page: PRINT_PAGE } },
    ),

  Page: (r: ResolvedTheme): ComponentProps =>
    props(
      {
        ...text(r.fonts.body),
        boxSizing: 'border-box',
        width: '210mm',
        maxWidth: '100%',
        minHeight: '297mm',
        padding: PRINT_PAGE.margin,
        backgroundColor: r.colors.backgroundContent,
        color: r.colors.text,
        boxShadow: r.shape.boxShadow,
        borderRadius: px(Math.min(r.shape.radius, 4)),
      },
      {
        parts: { pageNumber: { color: r.colors.subtleText, fontSize: px(r.fonts.body.size * 0.8), textAlign: 'right' } },
        print: { style: { width: 'auto', minHeight: 'auto', padding: 0, boxShadow: 'none', borderRadius: 0, breakAfter: 'page' }, page: PRINT_PAGE },
      },
    ),
};
