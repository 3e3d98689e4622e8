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

/**
 * Roles a theme may set but need not: when absent, resolveTheme derives them per mode.
 * `accentText` is the accent as text (links, outline buttons, selected tabs): the accent
 * itself where it reads as text, else the nearest colour of its hue that does — so the
 * brand fill never has to pay for text contrast.
 */
export const OPTIONAL_COLOR_ROLES = ['accentText'] as const;
export type OptionalColorRole = (typeof OPTIONAL_COLOR_ROLES)[number];

export type Mode = 'light' | 'dark';
export const MODES: readonly Mode[] = ['light', 'dark'];

export function isColorRole(name: string): name is ColorRole {
  return (COLOR_ROLES as readonly string[]).includes(name);
}

/** What each role colours, for schema descriptions and editor labels. */
export const ROLE_DESCRIPTIONS: Record<ColorRole, string> = {
  accent: 'Brand colour: filled buttons, focus rings, card accents, the first series by default. Fix never changes it',
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

export const OPTIONAL_ROLE_DESCRIPTIONS: Record<OptionalColorRole, string> = {
  accentText: 'The accent as text: links, outline buttons, selected tabs. Derived from the accent (4.5:1 on cards and page) unless set',
};
