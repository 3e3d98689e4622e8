import { z } from 'zod';
import { themeSchema } from './schema.ts';

/**
 * The theme document's JSON Schema, generated from the zod schema so the two cannot
 * drift (a test compares it with the committed theme-runtime/theme.schema.json).
 * It describes what a person may write — the input side — so defaults show as hints.
 */
export function themeJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(themeSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://design-kit.dev/theme.schema.json',
  };
}
