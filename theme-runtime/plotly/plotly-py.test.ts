import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MODES } from '../model/roles.ts';
import { readPresets } from '../test-support/presets.ts';
import { plotlyTemplate } from './template.ts';

// plotly.py itself loads every preset's templates: Debian's python3-plotly (plotly.py 5.4,
// from before plotly.js 2.x added the properties below; .ci/run installs it), run with
// Debian's /usr/bin/python3 (the first python3 on PATH may lack it).
const PYTHON = process.env['PYTHON_WITH_PLOTLY'] ?? '/usr/bin/python3';

/**
 * What plotly.py older than 5.14 rejects in our templates, on purpose: without a title that
 * reserves its own height the top legend and the title overlap, and without a container-
 * anchored legend a bottom legend covers the x axis. Each is a property plotly.js of that
 * age does not know either (nor a legend's `maxheight`), so `skip_invalid=True` (what the README tells those users to pass)
 * loses nothing their plotly.js could draw. Everything else must load strictly.
 */
const NEWER_THAN_PLOTLY_PY_5_4 = new Set(['layout.title.automargin', 'layout.title.font.weight', 'layout.legend.yref', 'layout.legend.maxheight']);

interface Report {
  plotly: string;
  results: { file: string; rejected: string[]; drawn: { colorway: string[] | null; font: string | null; paper: string | null } }[];
}

const dir = mkdtempSync(join(tmpdir(), 'dk-plotly-py-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plotly templates in plotly.py', () => {
  const files: { name: string; path: string; colorway: unknown[]; font: unknown; paper: unknown }[] = [];
  for (const [id, theme] of readPresets()) {
    for (const mode of MODES) {
      const template = plotlyTemplate(theme, mode);
      const path = join(dir, `${id}.${mode}.json`);
      writeFileSync(path, JSON.stringify(template));
      const layout = template.layout as { colorway: unknown[]; font: { family: unknown }; paper_bgcolor: unknown };
      files.push({ name: `${id} ${mode}`, path, colorway: layout.colorway, font: layout.font.family, paper: layout.paper_bgcolor });
    }
  }

  it('loads every preset’s light and dark template: strictly but for the known newer properties, fully with skip_invalid', () => {
    const run = spawnSync(PYTHON, [new URL('plotly-py-check.py', import.meta.url).pathname, ...files.map((f) => f.path)], { encoding: 'utf8' });
    expect(run.error, `could not run ${PYTHON}`).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.plotly).toMatch(/^[56]\./);
    for (const [i, result] of report.results.entries()) {
      const file = files[i];
      if (file === undefined) throw new Error('more results than files');
      expect(result.rejected.filter((p) => !NEWER_THAN_PLOTLY_PY_5_4.has(p)), `${file.name}: rejected by plotly.py ${report.plotly}`).toEqual([]);
      expect(result.drawn, file.name).toEqual({ colorway: file.colorway, font: file.font, paper: file.paper });
    }
  });
});
