import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeJsonSchema } from './json-schema.ts';
import { COLOR_ROLES, OPTIONAL_COLOR_ROLES } from './roles.ts';

describe('theme.schema.json', () => {
  it('is in sync with the zod schema (run `npm run schema` after changing it)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../theme.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(themeJsonSchema());
  });

  it('lists every colour role with a description', () => {
    const schema = themeJsonSchema() as { properties: { colors: { properties: { light: { properties: Record<string, { description?: string }> } } } } };
    const light = schema.properties.colors.properties.light.properties;
    expect(light['accent']?.description).toMatch(/brand/i);
    expect(Object.keys(light)).toEqual([...COLOR_ROLES, ...OPTIONAL_COLOR_ROLES]);
    expect(light['accentText']?.description).toMatch(/derived/i);
  });
});
