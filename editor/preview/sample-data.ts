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

export const CHANNELS = ['Direct', 'Search', 'Social', 'Email', 'Partners'];
export const SERVICES = ['Checkout', 'Search', 'Catalog', 'Accounts'];
export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Hours of the day in two-hour steps, as numbers: plotly spaces the ticks to fit the card instead of slanting twelve labels. */
export const HOURS = Array.from({ length: 12 }, (_, i) => i * 2);

/** A normal-ish value (sum of uniforms), for response times and order sizes. */
function bell(random: () => number, mean: number, spread: number): number {
  return mean + (random() + random() + random() - 1.5) * spread;
}

export function priceVsDemand(): { segment: string; price: number[]; demand: number[] }[] {
  const random = seededRandom(11);
  return ['Consumer', 'Business', 'Public'].map((segment, s) => {
    const price = Array.from({ length: 40 }, () => Math.round(20 + random() * 80));
    return { segment, price, demand: price.map((p) => Math.round(900 - p * (6 + s * 2) + bell(random, 0, 120))) };
  });
}

export function channelShare(): number[] {
  return [38, 27, 16, 12, 7];
}

export function activityGrid(): number[][] {
  const random = seededRandom(5);
  return WEEKDAYS.map((_, d) => HOURS.map((_, h) => Math.round((d < 5 ? 60 : 25) * Math.sin(((h + 1) / 13) * Math.PI) + random() * 20)));
}

export function responseTimes(): { service: string; ms: number[] }[] {
  const random = seededRandom(23);
  return SERVICES.map((service, s) => ({ service, ms: Array.from({ length: 60 }, () => Math.max(5, Math.round(bell(random, 80 + s * 35, 70)))) }));
}

export function orderValues(): { kind: string; values: number[] }[] {
  const random = seededRandom(31);
  return [
    { kind: 'New customers', values: Array.from({ length: 300 }, () => Math.round(bell(random, 60, 50))) },
    { kind: 'Returning', values: Array.from({ length: 300 }, () => Math.round(bell(random, 95, 60))) },
  ];
}

const ACCOUNT_NAMES = [
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Proseware', 'Wingtip', 'Lucerne', 'Margie’s Travel',
  'Alpine Ski', 'Blue Yonder', 'Coho Winery', 'Fourth Coffee', 'Graphic Design Institute', 'Humongous Insurance', 'Trey Research', 'Wide World Importers', 'Woodgrove Bank', 'VanArsdel',
];

/** Forty accounts with region, main product, quarterly revenue (k$) and growth, largest first. */
export function topAccounts(): { account: string; region: string; product: string; revenue: number; growth: number }[] {
  const random = seededRandom(19);
  const rows = Array.from({ length: 40 }, (_, i) => ({
    account: `${ACCOUNT_NAMES[i % ACCOUNT_NAMES.length] ?? 'Account'}${i >= ACCOUNT_NAMES.length ? ' Group' : ''}`,
    region: REGIONS[Math.floor(random() * REGIONS.length)] ?? 'North',
    product: PRODUCTS[Math.floor(random() * PRODUCTS.length)] ?? 'Analytics',
    revenue: Math.round(20 + random() * 180),
    growth: Math.round((random() - 0.3) * 300) / 10,
  }));
  return rows.sort((a, b) => b.revenue - a.revenue);
}
