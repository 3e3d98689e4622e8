import type { ColorRole } from '../../theme-runtime/index.ts';

/** Each colour role's name in the editor: its field label, and its swatch button's (`<label> swatch`). */
export const ROLE_LABELS: Record<ColorRole, string> = {
  accent: 'Accent',
  accentPositive: 'Positive',
  accentNegative: 'Negative',
  accentWarning: 'Warning',
  backgroundPage: 'Page background',
  backgroundContent: 'Background',
  plotBackground: 'Plot background',
  text: 'Text',
  heading: 'Headings',
  subtleText: 'Subtle text',
  border: 'Border',
  grid: 'Grid',
};
