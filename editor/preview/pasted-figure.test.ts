import { describe, expect, it } from 'vitest';
import { readFigureText } from './pasted-figure.ts';

describe('readFigureText', () => {
  it('reads a plotly.py figure: its template and size go, its title becomes the card’s', () => {
    const text = JSON.stringify({ data: [{ type: 'bar', x: ['a', 'b'], y: [1, 2] }], layout: { template: { layout: { font: { color: '#444' } } }, width: 700, height: 500, title: { text: 'Revenue <b>by</b> region' }, barmode: 'group' } });
    const read = readFigureText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.title).toBe('Revenue by region');
    expect(read.figure.layout).toEqual({ barmode: 'group' });
    expect(read.notes).toHaveLength(2);
  });

  it('says where JSON breaks, by line and column', () => {
    const read = readFigureText('{\n  "data": [\n    {"type": "bar",}\n  ]\n}');
    expect(read.ok).toBe(false);
    expect(!read.ok && read.errors[0]?.message).toMatch(/^not JSON \(line 3, column \d+\)/);
  });

  it('locates shape problems by JSON pointer', () => {
    const read = readFigureText(JSON.stringify({ data: [{ type: 'bar' }, { type: 3 }], layout: [] }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.path).sort()).toEqual(['/data/1/type', '/layout']);
    expect(readFigureText('{"layout": {}}')).toMatchObject({ ok: false, errors: [{ path: '/data' }] });
    expect(readFigureText('  ')).toMatchObject({ ok: false });
  });
});
