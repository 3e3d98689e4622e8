import { parseTheme, type ParseResult } from '../model/parse.ts';
import type { Mode, ThemeIssue } from '../model/types.ts';

export type ImportResult = ParseResult & { mode?: Mode };

/** Validates an importer's document through the same door as any theme, keeping its warnings. */
export function finish(document: Record<string, unknown>, warnings: ThemeIssue[], mode?: Mode): ImportResult {
  const result = parseTheme(document);
  if (!result.ok) return result;
  return { ...result, warnings: [...warnings, ...result.warnings], ...(mode === undefined ? {} : { mode }) };
}
