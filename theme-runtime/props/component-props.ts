import { resolveTheme, type ResolvedTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import { contentComponents } from './content-components.ts';
import { controlComponents } from './control-components.ts';
import { layoutComponents } from './layout-components.ts';
import type { ComponentName, ComponentProps } from './types.ts';

const BUILDERS: Record<ComponentName, (r: ResolvedTheme) => ComponentProps> = {
  ...layoutComponents,
  ...contentComponents,
  ...controlComponents,
};

/**
 * Style props for one component in one mode: the root style, state styles, named inner
 * parts, and where relevant what changes below the phone breakpoint and in print.
 */
export function componentProps(theme: Theme, mode: Mode, component: ComponentName): ComponentProps {
  return BUILDERS[component](resolveTheme(theme, mode));
}
