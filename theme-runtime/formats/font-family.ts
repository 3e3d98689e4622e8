/** A CSS font-family list as plain names, quotes removed: `"Source Serif 4", serif` → ['Source Serif 4', 'serif']. */
export function familyList(family: string): string[] {
  return family
    .split(',')
    .map((f) => f.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter((f) => f !== '');
}

/** CSS's generic families, and which of serif / sans-serif / monospace each stands for. */
const GENERIC: Record<string, 'serif' | 'sans-serif' | 'monospace'> = {
  serif: 'serif',
  'ui-serif': 'serif',
  'sans-serif': 'sans-serif',
  'system-ui': 'sans-serif',
  'ui-sans-serif': 'sans-serif',
  '-apple-system': 'sans-serif',
  BlinkMacSystemFont: 'sans-serif',
  monospace: 'monospace',
  'ui-monospace': 'monospace',
};

/** The named families of a list (no generics) and the generic kind it falls back to. */
export function familyParts(family: string): { names: string[]; generic: 'serif' | 'sans-serif' | 'monospace' } {
  const list = familyList(family);
  const generic = list.map((f) => GENERIC[f]).find((g) => g !== undefined) ?? 'sans-serif';
  return { names: list.filter((f) => GENERIC[f] === undefined), generic };
}

/**
 * A family list that ends in a generic family: `fallback` appended when it has none, so an
 * imported "Open Sans" falls back to a sans-serif where it is missing, not to the
 * browser's default serif.
 */
export function withGenericFallback(family: string, fallback: string): string {
  const list = familyList(family);
  if (list.some((f) => GENERIC[f] !== undefined || f === 'cursive' || f === 'fantasy')) return family.trim();
  const quoted = list.map((f) => (f.split(' ').every((w) => /^[A-Za-z_-][\w-]*$/.test(w)) ? f : `"${f}"`));
  return [...quoted, fallback].join(', ');
}
