import type { z } from 'zod';
import { quote } from './fields.ts';
import type { ThemeIssue } from './types.ts';

/** RFC 6901 JSON pointer for a path of keys and indices. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** `"/colors/light/accent: 'blue-ish' is not a colour"` — how the editor and the CLI print an issue. */
export function formatIssue(issue: ThemeIssue): string {
  return `${issue.path === '' ? '(document)' : issue.path}: ${issue.message}`;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return `${typeof value} ${quote(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Turns zod's issues into messages a person understands, each located by a JSON pointer. */
export function fromZodIssue(issue: z.core.$ZodIssue): ThemeIssue[] {
  const path = toPointer(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: 'is required' }];
      return [{ path, message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeType(issue.input)}` }];
    case 'invalid_value':
      return [{ path, message: `${quote(issue.input)} is not one of ${issue.values.map((v) => quote(v)).join(', ')}` }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: toPointer([...issue.path, key]), message: 'is not a theme setting' }));
    case 'too_small':
    case 'too_big':
      // Our schema words every bound itself ("must be at least 8 px"); keep the value for context.
      return [{ path, message: issue.input === undefined ? issue.message : `${issue.message} (got ${summarise(issue.input)})` }];
    default:
      return [{ path, message: issue.message }];
  }
}

function summarise(value: unknown): string {
  if (Array.isArray(value)) return `${value.length}`;
  return typeof value === 'number' ? String(value) : quote(value);
}
