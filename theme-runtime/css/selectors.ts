import type { ComponentName } from '../props/types.ts';

// Parts selected by an attribute on the root, or components inside it, rather than by a part class.
const ROOT_VARIANTS: Record<string, string> = {
  // Every page after the first (print starts each on a new sheet).
  'Page.following': ' + .dk-Page',
  'Page.heading2': ' h2',
  'Page.heading3': ' h3',
  'Card.fullscreen': '[data-fullscreen="true"]',
  'DataCard.fullscreen': '[data-fullscreen="true"]',
  'Notification.info': '[data-tone="info"]',
  'Notification.success': '[data-tone="success"]',
  'Notification.warning': '[data-tone="warning"]',
  'Notification.error': '[data-tone="error"]',
  'Table.stripedRow': ' .dk-Table__row:nth-child(even)',
  'Table.scrollFocus': '__scroll[data-more]:focus-visible',
  // A ControlItem whose control is a checkbox, radio or range (the component says which).
  'ControlItem.check': '[data-control="check"]',
  'ControlItem.checkControl': '[data-control="check"] .dk-ControlItem__control',
  'ControlItem.checkHint': '[data-control="check"] .dk-ControlItem__hint',
  'ControlItem.rangeControl': '[data-control="range"] .dk-ControlItem__control',
  // Components inside an accent header, restyled by the header.
  'Header.title': ' .dk-Title',
  'Header.tag': ' .dk-Tag',
  'Header.button': ' .dk-Button',
};

/** The selector of a component's part below `base` (the component's own selector). */
export function partSelector(base: string, name: ComponentName, part: string): string {
  const variant = ROOT_VARIANTS[`${name}.${part}`];
  return variant === undefined ? `${base}__${part}` : `${base}${variant}`;
}
