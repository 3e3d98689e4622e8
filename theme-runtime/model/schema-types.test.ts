import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { themeSchema } from './schema.ts';
import type { Theme } from './types.ts';

// The readable Theme interface is written by hand; this keeps it equal to what the
// schema actually produces, so neither can change without the other.
describe('Theme type', () => {
  it('equals the zod schema output', () => {
    type Parsed = Omit<z.output<typeof themeSchema>, '$schema'>;
    expectTypeOf<Parsed>().toEqualTypeOf<Theme>();
  });
});
