import type { ResolvedTheme } from '../model/resolve.ts';
import { focusRing, props, px, space, text } from './shared.ts';
import type { ComponentProps, StyleMap } from './types.ts';

/** A notification's colour per tone: a strong left edge and a faint wash of it. */
function tone(color: string, wash: string): StyleMap {
  return { borderLeftColor: color, backgroundColor: wash };
}

export const controlComponents = {
  Button: (r: ResolvedTheme): ComponentProps => {
    const filled = r.components.button.variant === 'filled';
    return props(
      {
        ...text(r.fonts.body),
        fontWeight: 600,
        backgroundColor: filled ? r.colors.accent : 'transparent',
        color: filled ? r.colors.onAccent : r.colors.accentText,
        border: `${px(Math.max(1, r.shape.borderWidth))} solid ${r.colors.accentOutline}`,
        borderRadius: px(r.shape.radius),
        padding: `${space(r, 1)} ${space(r, 2)}`,
        cursor: 'pointer',
        textTransform: r.fonts.heading.textTransform === 'uppercase' ? 'uppercase' : 'none',
      },
      {
        states: {
          hover: filled ? { backgroundColor: r.colors.accentHover, borderColor: r.colors.accentHover } : { backgroundColor: r.colors.accentWash },
          focus: focusRing(r),
          active: { transform: 'translateY(1px)' },
          disabled: { opacity: 0.45, cursor: 'not-allowed' },
        },
      },
    );
  },

  Tag: (r: ResolvedTheme): ComponentProps => {
    const { shape, variant } = r.components.tag;
    // Fill and text are the tag colours (set, or what the variant gives); the edge follows the variant.
    const edge = { subtle: r.colors.tagBorder, outline: r.colors.accent, solid: r.colors.tagBackground }[variant];
    const look: StyleMap = { backgroundColor: r.colors.tagBackground, color: r.colors.tagText, border: `1px solid ${edge}` };
    return props(
      {
        ...text(r.fonts.body, r.fonts.body.size * 0.8),
        display: 'inline-flex',
        alignItems: 'center',
        gap: space(r, 0.5),
        padding: `${space(r, 0.25)} ${space(r, 1)}`,
        borderRadius: shape === 'pill' ? '999px' : shape === 'rounded' ? px(Math.min(Math.max(r.shape.radius, 3), 8)) : 0,
        ...look,
      },
      {
        states: {
          hover: { borderColor: variant === 'solid' ? r.colors.accentHover : r.colors.accent },
          focus: focusRing(r),
          // Solid tags are already accent-filled: selection deepens them instead.
          selected: variant === 'solid' ? { backgroundColor: r.colors.accentHover, borderColor: r.colors.accentHover } : { backgroundColor: r.colors.accent, color: r.colors.onAccent, borderColor: r.colors.accent },
        },
      },
    );
  },

  /** A message strip; pick a tone part (info, success, warning, error) over the base. */
  Notification: (r: ResolvedTheme): ComponentProps =>
    props(
      {
        ...text(r.fonts.body),
        display: 'flex',
        alignItems: 'flex-start',
        gap: space(r, 1.5),
        padding: `${space(r, 1.5)} ${space(r, 2)}`,
        borderRadius: px(r.shape.radius),
        border: `1px solid ${r.colors.border}`,
        borderLeft: `4px solid ${r.colors.info}`,
        color: r.colors.text,
        ...tone(r.colors.info, r.colors.infoWash),
      },
      {
        parts: {
          info: tone(r.colors.info, r.colors.infoWash),
          success: tone(r.colors.accentPositive, r.colors.positiveWash),
          warning: tone(r.colors.accentWarning, r.colors.warningWash),
          error: tone(r.colors.accentNegative, r.colors.negativeWash),
          title: { fontWeight: 600, color: r.colors.heading },
        },
      },
    ),
};
