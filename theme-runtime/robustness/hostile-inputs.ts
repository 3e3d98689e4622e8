import fc from 'fast-check';
import { arbitraryTheme } from '../test-support/arbitrary-theme.ts';

// Generators of hostile theme files, shared by the unit suite and `npm run test:robustness`.

const nasty = fc.oneof(
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '', ' ', '\u0000', '\u202e', '💥', '__proto__', 'constructor', '</style><script>alert(1)</script>', '"; } body { display:none', 'url(javascript:alert(1))', 'expression(alert(1))', '\\', '*/'),
  fc.string({ maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.MAX_VALUE, -0, 1e308, -1e308, 0.1 + 0.2),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.constant(Array.from({ length: 5000 }, (_, i) => `#${(i % 0xffffff).toString(16).padStart(6, '0')}`)),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'x'), fc.constant({ polluted: true })),
);

function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { nested: value, list: [value] };
  return value;
}

/** Walks a JSON value and replaces what sits at a random path with something hostile. */
function mutate(json: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || typeof json !== 'object' || json === null) return replacement;
  const [pick = 0, ...rest] = choices;
  if (Array.isArray(json)) {
    const items = json as unknown[];
    if (items.length === 0) return replacement;
    const i = pick % items.length;
    return items.map((item, j) => (j === i ? mutate(item, rest, replacement) : item));
  }
  const keys = Object.keys(json);
  if (keys.length === 0) return replacement;
  const key = keys[pick % keys.length] ?? '';
  return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, k === key ? mutate(v, rest, replacement) : v]));
}

/** A valid theme with one part broken. */
export const mutatedTheme = fc.tuple(arbitraryTheme, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), nasty).map(([theme, path, bad]) => mutate(JSON.parse(JSON.stringify(theme)) as unknown, path, bad));

/** JSON text that parses to something hostile: __proto__ keys survive only in text, not in object literals. */
export const protoJsonText = fc.constantFrom(
  '{"version":1,"__proto__":{"polluted":true}}',
  '{"version":1,"colors":{"__proto__":{"polluted":true},"light":{"constructor":{"prototype":{"polluted":true}}}}}',
  '{"layout":{"__proto__":{"polluted":true},"colorway":["#fff","#000"]}}',
  '{"color":{"light":{"__proto__":{"$value":"#fff"}}},"$extensions":{"dev.design-kit":{"__proto__":{"polluted":true}}}}',
  '{"accent":"#123456","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
);

export const anyInput = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 6 }) },
  { weight: 4, arbitrary: mutatedTheme },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).map((d) => deep(d)) },
  { weight: 1, arbitrary: protoJsonText.map((t) => JSON.parse(t) as unknown) },
);

/** File text: truncated themes, random bytes, hostile JSON. */
export const anyText = fc.oneof(
  fc.tuple(arbitraryTheme, fc.nat()).map(([theme, cut]) => {
    const text = JSON.stringify(theme);
    return text.slice(0, cut % (text.length + 1));
  }),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => String.fromCharCode(...bytes)),
  protoJsonText,
  fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
);
