import { describe, expect, it } from 'vitest';
import { capsOwnLegend, legendRoom, withLegendRoom, withWrappedNames, wrapName, type FittedElement } from './graph-fit.ts';

// One px per character: lines as long as the room in characters.
const byChars = (text: string) => text.length;

describe('wrapName', () => {
  it.each([
    ['Revenue North America', 30, 'Revenue North America'],
    ['Revenue North America, Support, Revenue North America', 24, 'Revenue North America,<br>Support, Revenue North<br>America'],
    ['Self-serve annual plans (new)', 12, 'Self-serve<br>annual plans<br>(new)'],
    // A word longer than a line keeps a line of its own, unbroken.
    ['Telecommunications infrastructure', 10, 'Telecommunications<br>infrastructure'],
    // Runs of spaces, and spaces at either end, make no empty lines.
    ['  Revenue   North America ', 14, 'Revenue North<br>America'],
    ['Revenue ', 4, 'Revenue'],
  ])('%s in %i px', (name, chars, wrapped) => {
    expect(wrapName(name, chars, byChars)).toBe(wrapped);
    for (const line of wrapped.split('<br>')) expect(line.length <= chars || !line.includes(' ')).toBe(true);
  });
});

describe('withWrappedNames', () => {
  it('wraps only plain names that are too long, keeping trace order and the figure when nothing changes', () => {
    const data = [{ name: 'EMEA' }, { name: 'Revenue North America, Support' }, { name: 'Already <b>marked</b> up by the app itself' }, { y: [1] }];
    const figure = { data, layout: { title: { text: 'x' } } };
    const wrapped = withWrappedNames(figure, 20, byChars);
    expect(wrapped.data.map((t) => t['name'])).toEqual(['EMEA', 'Revenue North<br>America, Support', data[2]?.name, undefined]);
    expect(wrapped.data[0]).toBe(data[0]);
    expect(wrapped.layout).toBe(figure.layout);
    expect(withWrappedNames(figure, 60, byChars)).toBe(figure);
  });
});

describe('legendRoom', () => {
  // A drawn 300 px chart as plotly leaves it (its legend's full height), entries 26 px tall;
  // the template caps a legend at a quarter of the height, 75 px.
  const drawn = (legend: Record<string, unknown>, entryHeight = 26) =>
    ({ _fullLayout: { width: 600, height: 300, _size: { l: 0, r: 0, t: 0, b: 0, w: 600, h: 300 }, legend }, querySelectorAll: () => [{ __data__: [{ height: entryHeight }] }] }) as unknown as FittedElement;

  it('gives a legend its full height when the cap would hide less than a row', () => {
    // The report's donut: three rows and their pads, 78 px.
    expect(legendRoom(drawn({ orientation: 'h', _height: 78 }))).toBe(78);
    expect(legendRoom(drawn({ orientation: 'h', _height: 100 }))).toBe(100);
  });
  it('leaves a legend that fits, or that hides a row or more (it scrolls), or a right legend', () => {
    expect(legendRoom(drawn({ orientation: 'h', _height: 75 }))).toBeUndefined();
    expect(legendRoom(drawn({ orientation: 'h', _height: 101 }))).toBeUndefined();
    expect(legendRoom(drawn({ orientation: 'v', _height: 78 }))).toBeUndefined();
    expect(legendRoom(drawn({ orientation: 'h' }))).toBeUndefined();
  });
});

describe('withLegendRoom and capsOwnLegend', () => {
  it('raises the cap; a figure that caps its own legend is left to it', () => {
    expect(withLegendRoom({ data: [], layout: { legend: { x: 0 } } }, 88).layout).toEqual({ legend: { x: 0, maxheight: 88 } });
    expect(capsOwnLegend({ data: [], layout: { legend: { maxheight: 40 } } })).toBe(true);
    expect(capsOwnLegend({ data: [], layout: { legend: { x: 0 } } })).toBe(false);
    expect(capsOwnLegend({ data: [] })).toBe(false);
  });
});
