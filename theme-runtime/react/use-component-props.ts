import { useMemo, type CSSProperties } from 'react';
import { componentProps, type ComponentName, type ComponentProps } from '../index.ts';
import { useTheme } from './context.ts';

/** componentProps for the current theme and mode, recomputed only when either changes. */
export function useComponentProps(name: ComponentName): ComponentProps {
  const { theme, mode } = useTheme();
  return useMemo(() => componentProps(theme, mode, name), [theme, mode, name]);
}

/** Merges the theme's style, active state styles and the caller's overrides, in that order. */
export function mergeStyles(...parts: (Record<string, string | number> | CSSProperties | undefined | false)[]): CSSProperties {
  return Object.assign({}, ...parts.filter(Boolean)) as CSSProperties;
}
