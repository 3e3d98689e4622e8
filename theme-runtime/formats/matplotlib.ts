import { resolveTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import { familyParts } from './font-family.ts';

// A matplotlib style sheet (.mplstyle) for one mode; seaborn uses matplotlib's rcParams too.
// Keys are matplotlib's rcParams (matplotlib.rcsetup). In a style file `#` starts a comment,
// so colours are written as bare hex digits, the form matplotlib documents for rc files.

const hex = (color: string) => color.replace(/^#/, '').slice(0, 6);

const GRID_AXIS = { both: 'both', x: 'x', y: 'y', none: 'both' } as const;

/** `plt.style.use('acme.light.mplstyle')`: the theme's colours, fonts and series cycle for matplotlib. */
export function toMatplotlibStyle(theme: Theme, mode: Mode): string {
  const r = resolveTheme(theme, mode);
  const c = r.colors;
  const body = familyParts(r.fonts.body.family);
  const mono = familyParts(r.fonts.mono.family);
  // Named families first, then matplotlib's own bundled face, so a machine without the
  // theme's fonts draws in DejaVu rather than warning.
  const fallback = { serif: 'DejaVu Serif', 'sans-serif': 'DejaVu Sans', monospace: 'DejaVu Sans Mono' } as const;
  // One rc line each: a family name may not end the line, start a comment or split the list.
  const safe = (name: string) => name.replace(/[\r\n#,:]/g, ' ').trim();
  const families = (names: string[], generic: keyof typeof fallback) => [...names.map(safe).filter((n) => n !== ''), fallback[generic]].join(', ');
  const rc: [string, string | number | boolean][] = [
    ['figure.facecolor', hex(c.backgroundContent)],
    ['figure.edgecolor', hex(c.backgroundContent)],
    ['savefig.facecolor', hex(c.backgroundContent)],
    ['savefig.edgecolor', hex(c.backgroundContent)],
    ['axes.facecolor', hex(c.plotBackground)],
    ['axes.edgecolor', hex(c.border)],
    ['axes.labelcolor', hex(c.text)],
    ['axes.titlecolor', hex(c.heading)],
    ['axes.titlelocation', 'left'],
    ['axes.titleweight', r.fonts.heading.weight >= 600 ? 'bold' : 'normal'],
    ['axes.titlesize', r.headingSizes.h3],
    ['axes.labelsize', r.fonts.body.size],
    ['axes.spines.top', false],
    ['axes.spines.right', false],
    ['axes.grid', r.chart.gridlines !== 'none'],
    ['axes.grid.axis', GRID_AXIS[r.chart.gridlines]],
    ['axes.axisbelow', true],
    ['axes.prop_cycle', `cycler('color', [${r.colorway.map((color) => `'${hex(color)}'`).join(', ')}])`],
    ['grid.color', hex(c.grid)],
    ['grid.linewidth', 0.8],
    ['xtick.color', hex(c.border)],
    ['ytick.color', hex(c.border)],
    ['xtick.labelcolor', hex(c.subtleText)],
    ['ytick.labelcolor', hex(c.subtleText)],
    ['text.color', hex(c.text)],
    ['legend.frameon', false],
    ['legend.labelcolor', hex(c.text)],
    ['lines.linewidth', r.chart.lineWidth],
    ['lines.markersize', r.chart.markerSize],
    ['patch.edgecolor', hex(c.backgroundContent)],
    ['font.family', body.generic],
    [`font.${body.generic}`, families(body.names, body.generic)],
    ...(mono.generic === 'monospace' && body.generic !== 'monospace' ? [['font.monospace', families(mono.names, 'monospace')] as [string, string]] : []),
    ['font.size', r.fonts.body.size],
    ['image.cmap', 'viridis'],
  ];
  return `## ${theme.name.replace(/[\r\n]/g, ' ')} (${mode}): a matplotlib style written by Design Kit.\n${rc.map(([key, value]) => `${key}: ${value === true ? 'True' : value === false ? 'False' : String(value)}`).join('\n')}\n`;
}
