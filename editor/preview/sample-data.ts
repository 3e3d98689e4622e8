// Deterministic sample data, so every preview (and every screenshot) shows the same picture.

/** Mulberry32: a tiny seeded generator; good enough for plausible-looking sample series. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const REGIONS = ['North', 'South', 'East', 'West', 'Central'];
export const PRODUCTS = ['Analytics', 'Storage', 'Compute', 'Support'];
const WEEK_MS = 7 * 24 * 3600 * 1000;
/** 26 Mondays from 5 January 2026, as ISO dates. */
export const WEEKS = Array.from({ length: 26 }, (_, i) => new Date(Date.UTC(2026, 0, 5) + i * WEEK_MS).toISOString().slice(0, 10));

export function revenueByRegion(): { product: string; values: number[] }[] {
  const random = seededRandom(7);
  return PRODUCTS.map((product, p) => ({ product, values: REGIONS.map(() => Math.round(40 + random() * 60 + p * 8)) }));
}

export function weeklyUsers(): { series: string; values: number[] }[] {
  const random = seededRandom(42);
  return ['Web', 'iOS', 'Android'].map((series, s) => {
    let level = 1200 - s * 300;
    return { series, values: WEEKS.map(() => (level = Math.round(level * (1 + (random() - 0.42) * 0.08)))) };
  });
}
