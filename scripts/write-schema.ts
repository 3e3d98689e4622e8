// Writes theme-runtime/theme.schema.json from the zod schema. A unit test fails when the
// committed file is out of date, so run this after any schema change.
import { writeFileSync } from 'node:fs';
import { themeJsonSchema } from '../theme-runtime/model/json-schema.ts';

const target = new URL('../theme-runtime/theme.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(themeJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
