import { describe, expect, it } from 'vitest';
import { hiddenSides } from './side-scroll.ts';

describe('hiddenSides', () => {
  const box = { left: 100, right: 420 };

  it('is undefined when the content fits, within a pixel of sub-pixel layout', () => {
    expect(hiddenSides(box, { left: 100, right: 420 })).toBeUndefined();
    expect(hiddenSides(box, { left: 99.6, right: 420.8 })).toBeUndefined();
  });

  it('says which sides the content runs past', () => {
    // Scrolled to the start of a 600 px table (left to right), into it, to its end.
    expect(hiddenSides(box, { left: 100, right: 700 })).toBe('right');
    expect(hiddenSides(box, { left: -40, right: 560 })).toBe('both');
    expect(hiddenSides(box, { left: -180.5, right: 419.5 })).toBe('left');
  });

  it('needs nothing of its own right to left: a table there starts at the right', () => {
    expect(hiddenSides(box, { left: -180, right: 420 })).toBe('left');
  });
});
