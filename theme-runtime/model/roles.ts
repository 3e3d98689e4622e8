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
 * brand fill never has to pay for text contrast. The others colour one component each
 * (DDK's per-component keys) and follow the roles until set.
 */
export const OPTIONAL_COLOR_ROLES = [
  'accentText',
  'tooltipBackground',
  'tooltipText',
  'tableBorder',
  'tableStripe',
  'tagBackground',
  'tagText',
  'controlBackground',
  'controlBorder',
  'reportBackground',
  'reportText',
] as const;
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
  tooltipBackground: 'Hover labels and tooltips. The content background unless set',
  tooltipText: 'Text in hover labels and tooltips. Body text unless set',
  tableBorder: 'Lines between table rows and around tables. The border colour unless set',
  tableStripe: 'Alternate table rows. A step from the content background toward the grid unless set',
  tagBackground: "Tag fills. Follows the tag style (a faint accent wash, none, or the accent) unless set",
  tagText: "Text on tags. Follows the tag style unless set",
  controlBackground: 'Inputs and selects. Follows the input style unless set',
  controlBorder: 'Edges of inputs and selects. Follows the input style unless set',
  reportBackground: 'Report pages, on screen and on paper. The content background unless set',
  reportText: 'Text on report pages. Body text unless set',
};

export function isOptionalColorRole(name: string): name is OptionalColorRole {
  return (OPTIONAL_COLOR_ROLES as readonly string[]).includes(name);
}
