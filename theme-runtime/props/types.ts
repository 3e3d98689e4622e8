/** Inline style values with their units, usable from React or plain DOM code alike. */
export type StyleMap = Record<string, string | number>;

/** Interaction states a component may restyle; each merges over `style` while it holds. */
export type ComponentState = 'hover' | 'focus' | 'active' | 'disabled' | 'selected';

export interface ComponentProps {
  style: StyleMap;
  states: Partial<Record<ComponentState, StyleMap>>;
}

export const COMPONENT_NAMES = ['App', 'Header', 'Title', 'Card', 'Button'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];
