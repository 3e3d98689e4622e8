import { describe, expect, it } from 'vitest';
import { moveEntry, removeEntry } from './colorway-edits.ts';

describe('colorway edits', () => {
  it('move an entry up, down and to the ends', () => {
    expect(moveEntry(['a', 'b', 'c', 'd'], 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveEntry(['a', 'b', 'c', 'd'], 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(moveEntry(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
  it('remove an entry', () => {
    expect(removeEntry(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});
