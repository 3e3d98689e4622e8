import type { Theme } from '../../theme-runtime/index.ts';

/**
 * Font families with an offline @fontsource package, and the weights each package ships
 * (Latin subset files are named latin-<weight>.css).
 */
export const FONTSOURCE: Record<string, { pkg: string; version: string; weights: number[] }> = {
  inter: { pkg: '@fontsource/inter', version: '^5.3.0', weights: [100, 200, 300, 400, 500, 600, 700, 800, 900] },
  'source serif 4': { pkg: '@fontsource/source-serif-4', version: '^5.3.1', weights: [200, 300, 400, 500, 600, 700, 800, 900] },
  'ibm plex sans': { pkg: '@fontsource/ibm-plex-sans', version: '^5.3.0', weights: [100, 200, 300, 400, 500, 600, 700] },
  'jetbrains mono': { pkg: '@fontsource/jetbrains-mono', version: '^5.3.0', weights: [100, 200, 300, 400, 500, 600, 700, 800] },
};

const firstFamily = (stack: string) => (stack.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '').toLowerCase();

/** The @fontsource packages the theme needs, and which weight files to load from each. */
export function fontsFor(theme: Theme): { pkg: string; version: string; files: string[] }[] {
  const t = theme.typography;
  const wanted = new Map<string, Set<number>>();
  // Components also use 600 for emphasis (buttons, table headers, deltas).
  for (const [font, extra] of [[t.body, [600]], [t.heading, []], [t.mono, []]] as const) {
    const key = firstFamily(font.family);
    if (FONTSOURCE[key] === undefined) continue;
    const set = wanted.get(key) ?? new Set<number>();
    for (const w of [font.weight, ...extra]) set.add(w);
    wanted.set(key, set);
  }
  return [...wanted].map(([key, weights]) => {
    const source = FONTSOURCE[key] ?? { pkg: '', version: '', weights: [] };
    const files = [...weights]
      .map((w) => source.weights.reduce((best, x) => (Math.abs(x - w) < Math.abs(best - w) ? x : best), 400))
      .filter((w, i, all) => all.indexOf(w) === i)
      .sort((a, b) => a - b)
      .map((w) => `${source.pkg}/latin-${w}.css`);
    return { pkg: source.pkg, version: source.version, files };
  });
}
