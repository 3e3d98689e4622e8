import type { Mode, Theme } from './types.ts';

/** The mode a theme's reports print in: light paper unless the theme asks for dark. */
export function paperMode(theme: Theme): Mode {
  return theme.report?.paper ?? 'light';
}
