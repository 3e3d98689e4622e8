import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODES } from '../model/roles.ts';
import { readPresets } from '../test-support/presets.ts';
import { legacyPlotlyTemplate } from './legacy.ts';
import { plotlyTemplate } from './template.ts';

// plotly.py itself loads every preset's templates: Debian's python3-plotly (plotly.py 5.4,
// from before plotly.js 2.x added the properties below; .ci/run installs it), run with
// Debian's /usr/bin/python3 (the first python3 on PATH may lack it).
const PYTHON = process.env['PYTHON_WITH_PLOTLY'] ?? '/usr/bin/python3';

/**
 * What plotly.py older than 5.23 rejects in the current templates, on purpose: a title that
 * reserves its own height (without it the title sits on the plot or the top legend), its
 * weight, a legend anchored to the figure's bottom (without it a bottom legend covers the x
 * axis) and a legend's height cap. Those versions get the legacy templates, which must load
 * strictly, every property accepted.
 */
const NEWER_THAN_PLOTLY_PY_5_4 = new Set(['layout.title.automargin', 'layout.title.font.weight', 'layout.legend.yref', 'layout.legend.maxheight']);

interface Report {
  plotly: string;
  results: { file: string; rejected: string[]; drawn: { colorway: string[] | null; font: string | null; paper: string | null } }[];
}

const dir = mkdtempSync(join(tmpdir(), 'dk-plotly-py-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plotly templates in plotly.py', () => {
  const files: { name: string; legacy: boolean; path: string; colorway: unknown[]; font: unknown; paper: unknown }[] = [];
  for (const [id, theme] of readPresets()) {
    for (const mode of MODES) {
      for (const legacy of [false, true]) {
        const template = (legacy ? legacyPlotlyTemplate : plotlyTemplate)(theme, mode);
        const path = join(dir, `${id}.${legacy ? 'legacy.' : ''}${mode}.json`);
        writeFileSync(path, JSON.stringify(template));
        const layout = template.layout as { colorway: unknown[]; font: { family: unknown }; paper_bgcolor: unknown };
        files.push({ name: `${id} ${legacy ? 'legacy ' : ''}${mode}`, legacy, path, colorway: layout.colorway, font: layout.font.family, paper: layout.paper_bgcolor });
      }
    }
  }

  // One Python process loads 24 templates, each strictly and then again per rejected property:
  // seconds on its own, longer beside the other test files on two cores (no timing is asserted).
  it('loads every preset’s legacy templates strictly, and the current ones strictly but for the four newer properties', { timeout: 120_000 }, () => {
    const run = spawnSync(PYTHON, [new URL('plotly-py-check.py', import.meta.url).pathname, ...files.map((f) => f.path)], { encoding: 'utf8' });
    expect(run.error, `could not run ${PYTHON}`).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.plotly).toMatch(/^[56]\./);
    for (const [i, result] of report.results.entries()) {
      const file = files[i];
      if (file === undefined) throw new Error('more results than files');
      const unexpected = file.legacy ? result.rejected : result.rejected.filter((p) => !NEWER_THAN_PLOTLY_PY_5_4.has(p));
      expect(unexpected, `${file.name}: rejected by plotly.py ${report.plotly}`).toEqual([]);
      expect(result.drawn, file.name).toEqual({ colorway: file.colorway, font: file.font, paper: file.paper });
    }
  });
});
