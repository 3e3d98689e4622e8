import type { Theme } from '../../theme-runtime/index.ts';

export type FontCategory = 'sans' | 'serif' | 'mono' | 'display';

export interface BundledFont {
  /** The family as CSS names it. */
  family: string;
  pkg: string;
  /** The dependency range an exported package declares (the one this repository installs). */
  version: string;
  /** The weights the package ships (Latin subset files are named latin-<weight>.css). */
  weights: number[];
  category: FontCategory;
}

const font = (family: string, pkg: string, version: string, weights: number[], category: FontCategory): BundledFont => ({ family, pkg: `@fontsource/${pkg}`, version, weights, category });
const ALL = [100, 200, 300, 400, 500, 600, 700, 800, 900];

/**
 * Font families with an offline @fontsource package: the editor bundles each (editor/fonts.ts),
 * and an exported package depends on the ones its theme names. A test keeps the versions
 * and weights equal to what is installed.
 */
export const BUNDLED_FONTS: readonly BundledFont[] = [
  font('Inter', 'inter', '^5.3.0', ALL, 'sans'),
  font('IBM Plex Sans', 'ibm-plex-sans', '^5.3.0', [100, 200, 300, 400, 500, 600, 700], 'sans'),
  font('Open Sans', 'open-sans', '^5.3.0', [300, 400, 500, 600, 700, 800], 'sans'),
  font('Roboto', 'roboto', '^5.3.0', ALL, 'sans'),
  font('Lato', 'lato', '^5.3.0', [100, 300, 400, 700, 900], 'sans'),
  font('Source Sans 3', 'source-sans-3', '^5.3.1', [200, 300, 400, 500, 600, 700, 800, 900], 'sans'),
  font('Source Serif 4', 'source-serif-4', '^5.3.1', [200, 300, 400, 500, 600, 700, 800, 900], 'serif'),
  font('Merriweather', 'merriweather', '^5.3.0', [300, 400, 500, 600, 700, 800, 900], 'serif'),
  font('Lora', 'lora', '^5.3.0', [400, 500, 600, 700], 'serif'),
  font('JetBrains Mono', 'jetbrains-mono', '^5.3.0', [100, 200, 300, 400, 500, 600, 700, 800], 'mono'),
  font('IBM Plex Mono', 'ibm-plex-mono', '^5.3.0', [100, 200, 300, 400, 500, 600, 700], 'mono'),
  font('Source Code Pro', 'source-code-pro', '^5.3.1', [200, 300, 400, 500, 600, 700, 800, 900], 'mono'),
  font('Playfair Display', 'playfair-display', '^5.3.0', [400, 500, 600, 700, 800, 900], 'display'),
  font('Montserrat', 'montserrat', '^5.3.0', ALL, 'display'),
  font('Space Grotesk', 'space-grotesk', '^5.3.0', [300, 400, 500, 600, 700], 'display'),
];

/** The generic families a stack of each category falls back to. */
export const FALLBACKS: Record<FontCategory, string> = {
  sans: 'system-ui, sans-serif',
  display: 'system-ui, sans-serif',
  serif: 'Georgia, serif',
  mono: 'ui-monospace, monospace',
};

const BY_FAMILY = new Map(BUNDLED_FONTS.map((f) => [f.family.toLowerCase(), f]));

/** The first family of a CSS font-family list, unquoted. */
export function firstFamily(stack: string): string {
  return (stack.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

/** The bundled font a stack starts with, if any. */
export function bundledFont(stack: string): BundledFont | undefined {
  return BY_FAMILY.get(firstFamily(stack).toLowerCase());
}

/** The @fontsource packages the theme needs, and which weight files to load from each. */
export function fontsFor(theme: Theme): { pkg: string; version: string; files: string[] }[] {
  const t = theme.typography;
  const wanted = new Map<BundledFont, Set<number>>();
  // Components also use 600 for emphasis (buttons, table headers, deltas).
  const uses: [string | undefined, number[]][] = [
    [t.body.family, [t.body.weight, 600]],
    [t.heading.family, [t.heading.weight]],
    [t.mono.family, [t.mono.weight]],
    [t.header?.family, [t.header?.weight ?? t.heading.weight]],
    [theme.report?.fontFamily, [t.body.weight, 600]],
  ];
  for (const [family, weights] of uses) {
    const source = family === undefined ? undefined : bundledFont(family);
    if (source === undefined) continue;
    const set = wanted.get(source) ?? new Set<number>();
    for (const w of weights) set.add(w);
    wanted.set(source, set);
  }
  return [...wanted].map(([source, weights]) => {
    const files = [...weights]
      .map((w) => source.weights.reduce((best, x) => (Math.abs(x - w) < Math.abs(best - w) ? x : best), source.weights[0] ?? 400))
      .filter((w, i, all) => all.indexOf(w) === i)
      .sort((a, b) => a - b)
      .map((w) => `${source.pkg}/latin-${w}.css`);
    return { pkg: source.pkg, version: source.version, files };
  });
}
