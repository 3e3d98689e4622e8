import { z } from 'zod';
import { normalizeColor } from '../color/parse.ts';
import { COLOR_ROLES, isColorRole } from './roles.ts';
import { ROLE_REF } from './refs.ts';
import type { JsonValue } from './types.ts';

/** Shows a user's value inside a message: quoted, and cut short so one bad value cannot flood a report. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? 'undefined' : JSON.stringify(value);
  return `'${text.length > 40 ? `${text.slice(0, 37)}…` : text}'`;
}

/** Any CSS colour chroma-js parses, normalised to `#rrggbb` / `#rrggbbaa`. */
export const colorField = z
  .string()
  .transform((value, ctx) => {
    const hex = normalizeColor(value);
    if (hex === undefined) {
      ctx.issues.push({ code: 'custom', message: `${quote(value)} is not a colour`, input: value });
      return z.NEVER;
    }
    return hex;
  })
  .meta({ description: 'A CSS colour: #rrggbb, a name, rgb(), hsl(), oklch() …' });


/**
 * A colour, or a reference to a role (`{accent}`) that each mode resolves to its own
 * value — so a colorway can start with the brand colour and follow it when it changes.
 */
export const colorRefField = z
  .string()
  .transform((value, ctx): string => {
    const ref = ROLE_REF.exec(value);
    if (ref) {
      const role = ref[1] ?? '';
      if (isColorRole(role)) return `{${role}}`;
      ctx.issues.push({
        code: 'custom',
        message: `${quote(value)} refers to no colour role; use one of ${COLOR_ROLES.map((r) => `{${r}}`).join(', ')}`,
        input: value,
      });
      return z.NEVER;
    }
    const hex = normalizeColor(value);
    if (hex === undefined) {
      ctx.issues.push({ code: 'custom', message: `${quote(value)} is not a colour or a {role} reference`, input: value });
      return z.NEVER;
    }
    return hex;
  })
  .meta({ description: 'A CSS colour, or a role of the same mode in braces, e.g. {accent}' });

// One family in a CSS font-family list: a quoted name or bare words. Anything else
// (semicolons, braces, parentheses, slashes) could end the declaration it lands in.
const FAMILY_PART = /^\s*(?:"[^"\\]{1,80}"|'[^'\\]{1,80}'|-?[A-Za-z0-9_][A-Za-z0-9 ._-]{0,79})\s*$/;

export const fontFamilyField = z
  .string()
  .max(300, { error: 'a font family list may be at most 300 characters long' })
  .refine((value) => value.split(',').every((part) => FAMILY_PART.test(part)), {
    error: (issue) =>
      `${quote(issue.input)} is not a font family list; give names separated by commas, e.g. Inter, "Source Serif 4", sans-serif`,
  })
  // Kept as written (trimmed): imported templates must export back to the same string.
  .transform((value) => value.trim())
  .meta({ description: 'A CSS font-family list, e.g. Inter, system-ui, sans-serif' });

/** A number within [min, max] with a message that states the range and the unit. */
export function rangeField(min: number, max: number, unit: string, options: { int?: boolean } = {}) {
  const base = options.int === true ? z.number().int({ error: `must be a whole number of ${unit}` }) : z.number();
  return base
    .min(min, { error: `must be at least ${min} ${unit}` })
    .max(max, { error: `must be at most ${max} ${unit}` });
}

// npm's rules for a package name (validate-npm-package-name): lower case, URL-safe, an
// optional @scope/, at most 214 characters; and a plain semver version.
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

export const npmNameField = z
  .string()
  .max(214, { error: 'an npm package name may be at most 214 characters long' })
  .regex(NPM_NAME, { error: (issue) => `${quote(issue.input)} is not an npm package name: lower-case letters, digits and - . _ ~, optionally @scope/ first (e.g. acme-theme, @acme/theme)` })
  .meta({ description: 'npm package name, e.g. acme-theme or @acme/theme' });

export const versionField = z
  .string()
  .regex(SEMVER, { error: (issue) => `${quote(issue.input)} is not a version like 1.0.0` })
  .meta({ description: 'Package version (semver), e.g. 1.0.0' });

export const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);
