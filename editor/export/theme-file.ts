import type { Theme } from '../../theme-runtime/index.ts';

export const THEME_SCHEMA_URL = 'https://design-kit.dev/theme.schema.json';

/** The theme as the JSON file people save and share; `parseTheme` reads it back unchanged. */
export function themeToJson(theme: Theme): string {
  return `${JSON.stringify({ $schema: THEME_SCHEMA_URL, ...theme }, null, 2)}\n`;
}

/**
 * A safe file name from a theme's name: lower-case ASCII letters, digits and hyphens only,
 * so no name can reach another folder or a reserved device name.
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  // Windows reserves these device names whatever the extension (nul.theme.json included).
  return slug === '' ? 'theme' : RESERVED.test(slug) ? `${slug}-theme` : slug;
}

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export function themeFileName(theme: Theme): string {
  return `${fileSlug(theme.name)}.theme.json`;
}
