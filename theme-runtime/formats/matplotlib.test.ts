import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../model/defaults.ts';
import { resolveTheme } from '../model/resolve.ts';
import { toMatplotlibStyle } from './matplotlib.ts';

// matplotlib itself reads the style: Debian's python3-matplotlib (.ci/run installs it), run
// with Debian's /usr/bin/python3 (the first python3 on PATH may lack it).
const PYTHON = process.env['PYTHON_WITH_MATPLOTLIB'] ?? '/usr/bin/python3';

const SCRIPT = String.raw`
import json, logging, sys, warnings
warnings.simplefilter("error")
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []
    def emit(self, record):
        self.messages.append(record.getMessage())

collect = Collect()
logging.getLogger("matplotlib").addHandler(collect)
style, png = sys.argv[1], sys.argv[2]
plt.style.use(style)
fig, ax = plt.subplots(figsize=(4, 3), dpi=100)
x = np.linspace(0, 1, 50)
for i in range(4):
    ax.plot(x, x * (i + 1), linewidth=4)
title = ax.set_title("Revenue")  # the left title: axes.titlelocation is left
ax.set_xlabel("Quarter")
fig.savefig(png)
image = (matplotlib.image.imread(png)[:, :, :3] * 255).round().astype(int)
hexes = {"#%02x%02x%02x" % tuple(p) for p in image.reshape(-1, 3)}
to_hex = matplotlib.colors.to_hex
print(json.dumps({
    "warnings": collect.messages,
    "figure": to_hex(plt.rcParams["figure.facecolor"]),
    "axes": to_hex(plt.rcParams["axes.facecolor"]),
    "text": to_hex(plt.rcParams["text.color"]),
    "ticks": to_hex(plt.rcParams["xtick.labelcolor"]),
    "cycle": [to_hex(c) for c in plt.rcParams["axes.prop_cycle"].by_key()["color"]],
    "lines": [to_hex(l.get_color()) for l in ax.lines],
    "title": to_hex(title.get_color()),
    "corner": "#%02x%02x%02x" % tuple(image[1, 1]),
    "inside": "#%02x%02x%02x" % tuple(image[image.shape[0] // 2, image.shape[1] // 3]),
    "pixels": sorted(hexes),
}))
`;

describe('toMatplotlibStyle, loaded by matplotlib itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-mpl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['light', 'dark'] as const)('%s: plt.style.use takes it without a warning, and the PNG is in the theme', (mode) => {
    const style = join(dir, `theme.${mode}.mplstyle`);
    writeFileSync(style, toMatplotlibStyle(DEFAULT_THEME, mode));
    const run = spawnSync(PYTHON, ['-c', SCRIPT, style, join(dir, `${mode}.png`)], { encoding: 'utf8' });
    expect(run.stderr, 'python3 with matplotlib must run it (apt-get install python3-matplotlib)').toBe('');
    const out = JSON.parse(run.stdout) as Record<string, string | string[]>;
    const r = resolveTheme(DEFAULT_THEME, mode);
    expect(out['warnings']).toEqual([]);
    expect(out['figure']).toBe(r.colors.backgroundContent);
    expect(out['axes']).toBe(r.colors.plotBackground);
    expect(out['text']).toBe(r.colors.text);
    expect(out['ticks']).toBe(r.colors.subtleText);
    expect(out['title']).toBe(r.colors.heading);
    expect(out['cycle']).toEqual(r.colorway);
    expect(out['lines']).toEqual(r.colorway.slice(0, 4));
    // What the PNG shows: the figure and plot colours, and every series' line.
    expect(out['corner']).toBe(r.colors.backgroundContent);
    expect(out['inside']).toBe(r.colors.plotBackground);
    for (const color of r.colorway.slice(0, 4)) expect(out['pixels']).toContain(color);
  });
});

describe('toMatplotlibStyle with hostile names', () => {
  it('keeps every setting on its own line, whatever the theme calls itself or its fonts', () => {
    const theme = { ...DEFAULT_THEME, name: 'Evil\naxes.facecolor: ff0000', typography: { ...DEFAULT_THEME.typography, body: { ...DEFAULT_THEME.typography.body, family: '"Evil\naxes.facecolor: ff0000", sans-serif' } } };
    const lines = toMatplotlibStyle(theme, 'light').split('\n');
    expect(lines.filter((l) => l.startsWith('axes.facecolor:'))).toEqual([`axes.facecolor: ${DEFAULT_THEME.colors.light.plotBackground.slice(1)}`]);
  });
});
