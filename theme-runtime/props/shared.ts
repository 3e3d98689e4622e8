import type { ResolvedFont, ResolvedTheme } from '../model/resolve.ts';
import type { ComponentProps, StyleMap } from './types.ts';

export const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/** Font shorthand pieces for a text style, at `size` px (default the font's own). */
export function text(font: ResolvedFont, size = font.size): StyleMap {
  return { fontFamily: font.family, fontSize: px(size), fontWeight: font.weight, lineHeight: font.lineHeight };
}

/** The keyboard focus ring: 2 px of the accent, offset so it never touches the control. */
export function focusRing(r: ResolvedTheme): StyleMap {
  return { outline: `2px solid ${r.colors.focusRing}`, outlineOffset: '2px' };
}

export function border(r: ResolvedTheme, color = r.colors.border): string {
  return `${px(r.shape.borderWidth)} solid ${color}`;
}

/** Multiples of the theme's spacing unit. */
export const space = (r: ResolvedTheme, times: number) => px(r.shape.spacing * times);

export function props(style: StyleMap, extra: Partial<Omit<ComponentProps, 'style'>> = {}): ComponentProps {
  return { style, states: {}, parts: {}, ...extra };
}

/**
 * CSS `text-transform` for headings. "capitalize" is not left to CSS, which capitalises every
 * word ("Response Time (Ms)"): the React components title-case their text (titleCase) instead.
 */
export const headingTransform = (r: ResolvedTheme) => (r.fonts.heading.textTransform === 'capitalize' ? 'none' : r.fonts.heading.textTransform);
