import { withGenericFallback } from '../../theme-runtime/formats/font-family.ts';
import { BUNDLED_FONTS, FALLBACKS, bundledFont, firstFamily, type FontCategory } from '../export/fonts.ts';

/** A family as a CSS list item: quoted when a word of it is not an identifier ("Source Serif 4"). */
export const cssFamily = (family: string) => (family.split(' ').every((w) => /^[A-Za-z_-][\w-]*$/.test(w)) ? family : `"${family}"`);

const SYSTEM_STACKS: readonly (readonly [string, string])[] = [
  ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'System UI'],
  ['Georgia, "Times New Roman", serif', 'Georgia / Times (system serif)'],
  ['ui-monospace, Menlo, Consolas, monospace', 'System monospace'],
];

/**
 * Font stacks the editor offers: every bundled family (editor/fonts.ts; exported packages
 * depend on their @fontsource packages, so they render the same everywhere), then system stacks.
 */
export const FONT_STACKS: readonly (readonly [string, string])[] = [
  ...BUNDLED_FONTS.map((f) => [`${cssFamily(f.family)}, ${FALLBACKS[f.category]}`, `${f.family} · ${f.category}, bundled`] as const),
  ...SYSTEM_STACKS,
];

// Families every desktop has, or CSS's generic names: they need no bundle and no warning.
const EVERYWHERE = new Set(
  ['system-ui', '-apple-system', 'blinkmacsystemfont', 'segoe ui', 'sans-serif', 'serif', 'monospace', 'cursive', 'fantasy', 'ui-sans-serif', 'ui-serif', 'ui-monospace', 'ui-rounded',
    'arial', 'helvetica', 'helvetica neue', 'georgia', 'times', 'times new roman', 'courier', 'courier new', 'verdana', 'tahoma', 'trebuchet ms', 'menlo', 'consolas', 'monaco'],
);

/**
 * A typed family list made whole: a generic fallback appended when it has none (the
 * bundled family's category, else what `kind` suits), so an unknown family never falls to
 * the browser's default serif.
 */
export function withFallback(stack: string, kind: FontCategory): string {
  const trimmed = stack.trim().replace(/,\s*$/, '');
  return withGenericFallback(trimmed, FALLBACKS[bundledFont(trimmed)?.category ?? kind]);
}

/** Why a stack's first family may not show as chosen, or undefined when it will (bundled or everywhere). */
export function fontWarning(stack: string): string | undefined {
  const first = firstFamily(stack);
  if (bundledFont(stack) !== undefined || EVERYWHERE.has(first.toLowerCase())) return undefined;
  const fallback = stack.split(',').slice(1).join(',').trim() || 'the browser’s default';
  return `${first} is not bundled: it shows only where it is installed (or the app loads it itself); elsewhere text falls back to ${fallback}.`;
}

export const TYPE_SCALES: readonly (readonly [string, string])[] = [
  ['1.125', '1.125 · major second'],
  ['1.2', '1.2 · minor third'],
  ['1.25', '1.25 · major third'],
  ['1.333', '1.333 · perfect fourth'],
  ['1.5', '1.5 · perfect fifth'],
  ['1.618', '1.618 · golden ratio'],
];

export const WEIGHTS: readonly (readonly [string, string])[] = [100, 200, 300, 400, 500, 600, 700, 800, 900].map((w) => [String(w), String(w)] as const);
