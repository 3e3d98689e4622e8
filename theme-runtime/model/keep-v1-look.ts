import { resolveColor, resolveTheme } from './resolve.ts';
import { MODES } from './roles.ts';
import type { ColorRef, Theme } from './types.ts';

/**
 * Version 1 drew every series as written in both modes and links in the accent itself.
 * Version 2 derives each mode's series variant and an accent text colour, so a document
 * upgraded from version 1 gets, for each mode, the overrides that keep what it drew:
 * series whose derived variant differs are pinned to their version-1 colour, and the
 * accent text is pinned to the accent where the derived one would differ. A theme whose
 * colours already worked in both modes gets no overrides at all.
 */
export function keepVersion1Look(theme: Theme): Theme {
  const overrides: NonNullable<Theme['colorwayOverrides']> = {};
  const colors = { light: { ...theme.colors.light }, dark: { ...theme.colors.dark } };
  for (const mode of MODES) {
    const roles = theme.colors[mode];
    const drawn = resolveTheme(theme, mode);
    const pinned: (ColorRef | null)[] = theme.colorway.map((ref, i) => (drawn.colorway[i] === resolveColor(ref, roles) ? null : ref));
    while (pinned.length > 0 && pinned.at(-1) === null) pinned.pop();
    if (pinned.length > 0) overrides[mode] = pinned;
    if (roles.accentText === undefined && drawn.colors.accentText !== roles.accent) colors[mode].accentText = roles.accent;
  }
  const { colorwayOverrides: _none, ...rest } = theme;
  return { ...rest, colors, ...(Object.keys(overrides).length > 0 ? { colorwayOverrides: overrides } : {}) };
}
