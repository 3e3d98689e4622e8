/** The semantic colour roles every mode defines, in the order editors list them. */
export const COLOR_ROLES = [
  'accent',
  'accentPositive',
  'accentNegative',
  'accentWarning',
  'backgroundPage',
  'backgroundContent',
  'plotBackground',
  'text',
  'heading',
  'subtleText',
  'border',
  'grid',
] as const;

export type ColorRole = (typeof COLOR_ROLES)[number];

export type Mode = 'light' | 'dark';
export const MODES: readonly Mode[] = ['light', 'dark'];

export function isColorRole(name: string): name is ColorRole {
  return (COLOR_ROLES as readonly string[]).includes(name);
}

/** What each role colours, for schema descriptions and editor labels. */
export const ROLE_DESCRIPTIONS: Record<ColorRole, string> = {
  accent: 'Brand colour: buttons, links, focus rings, card accents, the first series by default',
  accentPositive: 'Good news: positive deltas, success notifications',
  accentNegative: 'Bad news: negative deltas, errors',
  accentWarning: 'Caution: warnings',
  backgroundPage: 'Behind everything: the page and app background',
  backgroundContent: 'Cards, charts and other content surfaces',
  plotBackground: 'Behind the data inside a chart (the plot area); often the same as the content background',
  text: 'Body text',
  heading: 'Titles and headings',
  subtleText: 'Secondary text: captions, axis ticks, hints',
  border: 'Borders of cards, controls and tables',
  grid: 'Chart gridlines',
};
