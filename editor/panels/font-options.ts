// Font stacks the editor offers. The first four are bundled (editor/fonts.ts, and exported
// packages depend on their @fontsource packages), so they render the same everywhere.
export const FONT_STACKS: readonly (readonly [string, string])[] = [
  ['Inter, system-ui, sans-serif', 'Inter (bundled)'],
  ['"Source Serif 4", Georgia, serif', 'Source Serif 4 (bundled)'],
  ['IBM Plex Sans, system-ui, sans-serif', 'IBM Plex Sans (bundled)'],
  ['JetBrains Mono, ui-monospace, monospace', 'JetBrains Mono (bundled)'],
  ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', 'System UI'],
  ['Georgia, "Times New Roman", serif', 'Georgia / Times (system serif)'],
  ['ui-monospace, Menlo, Consolas, monospace', 'System monospace'],
];

export const TYPE_SCALES: readonly (readonly [string, string])[] = [
  ['1.125', '1.125 · major second'],
  ['1.2', '1.2 · minor third'],
  ['1.25', '1.25 · major third'],
  ['1.333', '1.333 · perfect fourth'],
  ['1.5', '1.5 · perfect fifth'],
  ['1.618', '1.618 · golden ratio'],
];

export const WEIGHTS: readonly (readonly [string, string])[] = [100, 200, 300, 400, 500, 600, 700, 800, 900].map((w) => [String(w), String(w)] as const);
