import { withAlpha } from '../color/parse.ts';
import { resolveTheme, type ResolvedFont, type ResolvedTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import type { ComponentName, ComponentProps, StyleMap } from './types.ts';

const px = (n: number) => `${n}px`;

function text(font: ResolvedFont, size = font.size): StyleMap {
  return {
    fontFamily: font.family,
    fontSize: px(size),
    fontWeight: font.weight,
    lineHeight: font.lineHeight,
  };
}

function focusRing(r: ResolvedTheme): StyleMap {
  return { outline: `2px solid ${r.colors.focusRing}`, outlineOffset: '2px' };
}

// The accent edge is thicker than the border so that it reads as colour, not as a line.
function cardAccent(r: ResolvedTheme): StyleMap {
  const edge = r.components.card.accentEdge;
  if (edge === 'none') return {};
  const side = edge === 'top' ? 'borderTop' : 'borderLeft';
  return { [side]: `${Math.max(3, r.shape.borderWidth)}px solid ${r.colors.accent}` };
}

const BUILDERS: Record<ComponentName, (r: ResolvedTheme) => ComponentProps> = {
  App: (r) => ({
    style: { ...text(r.fonts.body), backgroundColor: r.colors.backgroundPage, color: r.colors.text, minHeight: '100%' },
    states: {},
  }),
  Header: (r) => ({
    style: {
      display: 'flex',
      alignItems: 'center',
      gap: px(r.shape.spacing * 2),
      padding: `${px(r.shape.spacing * 1.5)} ${px(r.shape.spacing * 3)}`,
      backgroundColor: r.colors.backgroundContent,
      color: r.colors.heading,
      borderBottom: `${px(r.shape.borderWidth)} solid ${r.colors.border}`,
      ...text(r.fonts.body),
    },
    states: {},
  }),
  Title: (r) => ({
    style: {
      ...text(r.fonts.heading, r.headingSizes.h2),
      color: r.colors.heading,
      textTransform: r.fonts.heading.textTransform,
      margin: 0,
    },
    states: {},
  }),
  Card: (r) => ({
    style: {
      ...text(r.fonts.body),
      backgroundColor: r.colors.backgroundContent,
      color: r.colors.text,
      border: `${px(r.shape.borderWidth)} solid ${r.colors.border}`,
      ...cardAccent(r),
      borderRadius: px(r.shape.radius),
      boxShadow: r.shape.boxShadow,
      padding: px(r.shape.spacing * 2),
    },
    states: {},
  }),
  Button: (r) => {
    const filled = r.components.button.variant === 'filled';
    return {
      style: {
        ...text(r.fonts.body),
        fontWeight: 600,
        backgroundColor: filled ? r.colors.accent : 'transparent',
        color: filled ? r.colors.onAccent : r.colors.accent,
        border: `${px(Math.max(1, r.shape.borderWidth))} solid ${r.colors.accent}`,
        borderRadius: px(r.shape.radius),
        padding: `${px(r.shape.spacing)} ${px(r.shape.spacing * 2)}`,
        cursor: 'pointer',
      },
      states: {
        hover: filled
          ? { backgroundColor: r.colors.accentHover, borderColor: r.colors.accentHover }
          : { backgroundColor: withAlpha(r.colors.accent, 0.1) },
        focus: focusRing(r),
        active: { transform: 'translateY(1px)' },
        disabled: { opacity: 0.45, cursor: 'not-allowed' },
      },
    };
  },
};

/** Style props for one component in one mode, with the states it restyles. */
export function componentProps(theme: Theme, mode: Mode, component: ComponentName): ComponentProps {
  return BUILDERS[component](resolveTheme(theme, mode));
}
