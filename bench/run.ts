// `npm run bench`: runs every runtime benchmark and ends with one JSON line of all figures,
// so runs can be compared over time.
import { results as color } from './color.ts';
import { results as compile } from './compile.ts';
import { results as size } from './size.ts';

console.log(JSON.stringify({ ...color, ...compile, ...size }));
