import { describe, expect, it } from 'vitest';
import { withWrappedNames, wrapName } from './graph-fit.ts';

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
