import { parseTheme, type ParseResult } from '../model/parse.ts';
import type { Mode, ThemeIssue } from '../model/types.ts';

/** `summary`: one short line on what the import did, for the notice (the warnings are the details). */
export type ImportResult = ParseResult & { mode?: Mode; summary?: string };

/** Validates an importer's document through the same door as any theme, keeping its warnings. */
export function finish(document: Record<string, unknown>, warnings: ThemeIssue[], mode?: Mode, summary?: string): ImportResult {
  const result = parseTheme(document);
  if (!result.ok) return result;
  return { ...result, warnings: [...warnings, ...result.warnings], ...(mode === undefined ? {} : { mode }), ...(summary === undefined ? {} : { summary }) };
}
