import type { ResolvedTheme } from '../model/resolve.ts';
import type { ColorRole, OptionalColorRole, Theme } from '../model/types.ts';

/** A text colour the runtime draws on a background, and which control changes it. */
export interface TextPair {
  id: string;
  label: string;
  foreground: string;
  background: string;
  /** The role whose colour a person would change to fix this pair. */
  fixRole: ColorRole | OptionalColorRole;
  /** Which side that role colours: text on an accent fill is derived, so the fix moves the fill. */
  fixes: 'foreground' | 'background';
  /** WCAG "large text": at least 24 px, or 18.66 px (14 pt) bold. */
  large: boolean;
  /** What the text sits on, in words: "cards", "the page", "the accent fill" … */
  on: string;
}

const SURFACE_NAMES: Partial<Record<ColorRole, string>> = { backgroundContent: 'cards', backgroundPage: 'the page', plotBackground: 'the plot area' };

const isLarge = (sizePx: number, weight: number) => sizePx >= 24 || (sizePx >= 18.66 && weight >= 700);

/**
 * Every text/background pair the runtime's components produce in one mode. `set` are the
 * mode's colours as the theme writes them: a component colour left to derive is already
 * measured by the pair of roles it derives from, so it adds a pair only once it is set.
 */
export function textPairs(r: ResolvedTheme, set: Theme['colors']['light'] = {} as Theme['colors']['light']): TextPair[] {
  const c = r.colors;
  const body = r.fonts.body;
  const heading = r.fonts.heading;
  const bodyLarge = isLarge(body.size, body.weight);
  const pair = (id: string, label: string, fg: ColorRole | 'accentText', bg: ColorRole, large: boolean): TextPair => ({
    id,
    label,
    foreground: c[fg],
    background: c[bg],
    fixRole: fg,
    fixes: 'foreground',
    large,
    on: SURFACE_NAMES[bg] ?? bg,
  });
  // Text on an accent fill is derived (black or white, whichever reads better); the accent is what to change.
  const onAccent = (id: string, label: string, large: boolean): TextPair => ({ id, label, foreground: c.onAccent, background: c.accent, fixRole: 'accent', fixes: 'background', large, on: 'the accent fill' });
  const header = r.components.header.style;
  const titleLarge = isLarge(r.headingSizes.h2, heading.weight);
  const pairs: TextPair[] = [
    pair('text-on-content', 'Body text on cards', 'text', 'backgroundContent', bodyLarge),
    pair('text-on-page', 'Body text on the page', 'text', 'backgroundPage', bodyLarge),
    pair('heading-on-content', 'Card titles', 'heading', 'backgroundContent', isLarge(r.headingSizes.h3, heading.weight)),
    header === 'accent'
      ? onAccent('header-title', 'Header title on the accent header', titleLarge)
      : pair('header-title', 'Header title', 'heading', header === 'page' ? 'backgroundPage' : 'backgroundContent', titleLarge),
    pair('heading-on-page', 'Headings on the page', 'heading', 'backgroundPage', isLarge(r.headingSizes.h3, heading.weight)),
    pair('subtle-on-content', 'Captions and axis labels on cards', 'subtleText', 'backgroundContent', bodyLarge),
    pair('subtle-on-page', 'Captions on the page', 'subtleText', 'backgroundPage', bodyLarge),
    // Accent-coloured text has its own colour (accentText), so a fix never touches the brand fill.
    pair('link-on-content', 'Links and outline buttons on cards', 'accentText', 'backgroundContent', bodyLarge),
    pair('link-on-page', 'Links on the page', 'accentText', 'backgroundPage', bodyLarge),
    pair('positive-on-content', 'Positive deltas', 'accentPositive', 'backgroundContent', bodyLarge),
    pair('negative-on-content', 'Negative deltas and errors', 'accentNegative', 'backgroundContent', bodyLarge),
    pair('warning-on-content', 'Warnings', 'accentWarning', 'backgroundContent', bodyLarge),
    // Chart text, as the plotly template draws it (plotly/layout.ts): in the paper around the
    // plot area, or on the plot area itself. All of it is body size, never "large".
    pair('chart-ticks', 'Chart tick labels and colour-bar ticks', 'subtleText', 'backgroundContent', false),
    pair('chart-legend', 'Chart legends, axis titles and hover labels', 'text', 'backgroundContent', false),
    pair('chart-annotations', 'Chart annotations and text on the plot area', 'text', 'plotBackground', false),
  ];
  const tagLarge = isLarge(body.size * 0.8, body.weight);
  const own = (id: string, label: string, fg: OptionalColorRole, bg: OptionalColorRole, fix: OptionalColorRole, on: string, large = bodyLarge): TextPair => ({
    id,
    label,
    foreground: c[fg],
    background: c[bg],
    fixRole: fix,
    fixes: fix === fg ? 'foreground' : 'background',
    large,
    on,
  });
  if (set.tooltipText !== undefined || set.tooltipBackground !== undefined) pairs.push(own('tooltip-text', 'Hover labels and tooltips', 'tooltipText', 'tooltipBackground', 'tooltipText', 'tooltips', false));
  if (set.reportText !== undefined || set.reportBackground !== undefined) pairs.push(own('report-text', 'Report text', 'reportText', 'reportBackground', 'reportText', 'report pages'));
  // Striped rows: text on the stripe, set or derived (a derived stripe is a colour of its own).
  if (r.components.table.striped) {
    pairs.push({ id: 'table-stripe-text', label: 'Text on striped table rows', foreground: c.text, background: c.tableStripe, fixRole: 'tableStripe', fixes: 'background', large: bodyLarge, on: 'striped rows' });
  }
  if (set.controlBackground !== undefined) {
    pairs.push({ id: 'control-text', label: 'Text in inputs', foreground: c.text, background: c.controlBackground, fixRole: 'controlBackground', fixes: 'background', large: bodyLarge, on: 'inputs' });
  }
  if (set.tagText !== undefined || set.tagBackground !== undefined) {
    pairs.push(own('tag-text', 'Text on tags', 'tagText', 'tagBackground', 'tagText', 'tags', tagLarge));
  } else if (r.components.tag.variant === 'subtle') {
    pairs.push({ id: 'tag-text', label: 'Text on tags', foreground: c.text, background: c.accentSubtle, fixRole: 'text', fixes: 'foreground', large: tagLarge, on: 'tags' });
  } else if (r.components.tag.variant === 'solid') {
    pairs.push(onAccent('tag-text', 'Text on solid tags', tagLarge));
  }
  if (r.components.controls.style === 'filled' && set.controlBackground === undefined) {
    pairs.push({ id: 'control-text', label: 'Text in filled inputs', foreground: c.text, background: c.surfaceAlt, fixRole: 'text', fixes: 'foreground', large: bodyLarge, on: 'filled inputs' });
  }
  if (r.components.button.variant === 'filled') {
    pairs.push(onAccent('button-text', 'Text on filled buttons', false));
  }
  return pairs;
}
