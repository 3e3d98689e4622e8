/** Inline style values with their units, usable from React or plain DOM code alike. */
export type StyleMap = Record<string, string | number>;

/** Interaction states a component may restyle; each merges over `style` (or over its part) while it holds. */
export type ComponentState = 'hover' | 'focus' | 'active' | 'disabled' | 'selected';

export interface ComponentProps {
  /** The component's root element. */
  style: StyleMap;
  /** State styles for the root, or for the interactive part a component documents (Tabs: each tab). */
  states: Partial<Record<ComponentState, StyleMap>>;
  /** Named inner elements: a DataCard's `value`, a Table's `headerCell`, Tabs' `tab` … */
  parts: Record<string, StyleMap>;
  /** Styles that apply only below a width (px), e.g. rows stacking on phones. */
  below?: { width: number; style: StyleMap; parts?: Record<string, StyleMap> };
  /** Styles for printing (Report and Page): the root, its parts, and the sheet it prints on. */
  print?: { style: StyleMap; parts?: Record<string, StyleMap>; page: { size: string; margin: string } };
}

export const COMPONENT_NAMES = [
  'App',
  'Header',
  'Title',
  'Sidebar',
  'Row',
  'Block',
  'Card',
  'CardHeader',
  'CardFooter',
  'ControlCard',
  'ControlItem',
  'DataCard',
  'Graph',
  'Table',
  'Tabs',
  'Button',
  'Tag',
  'Notification',
  'Report',
  'Page',
] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];
