import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Selector and failure summary of the first few nodes, for the test message. */
  nodes: string[];
}

/**
 * Runs axe-core over the page. The rule set is axe's default (WCAG 2.0/2.1 A and AA and
 * best practices) plus WCAG 2.2 AA (target size) and the label-in-name rule (WCAG 2.5.3),
 * which axe ships as experimental. AAA rules (enhanced contrast) are not asked for, nor axe's
 * other experimental rules (one flags Radix's invisible focus guards, which are by design).
 * Injected through the DevTools protocol, so the editor's CSP (no inline script) holds.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface AxeRule { ruleId: string; tags: string[] }
    interface AxeNode { target: string[]; failureSummary?: string }
    interface AxeResult { id: string; impact: string | null; help: string; nodes: AxeNode[] }
    const axe = (window as unknown as { axe: { getRules: (tags?: string[]) => AxeRule[]; run: (context: Document, options: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    const extra = [...axe.getRules(['wcag22aa']).filter((r) => !r.tags.includes('wcag2aaa')), { ruleId: 'label-content-name-mismatch', tags: [] }];
    const { violations } = await axe.run(document, {
      resultTypes: ['violations'],
      rules: Object.fromEntries(extra.map((r) => [r.ruleId, { enabled: true }])),
    });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
}
