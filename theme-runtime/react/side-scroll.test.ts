import { describe, expect, it } from 'vitest';
import { scrollEdge } from './side-scroll.ts';

describe('scrollEdge', () => {
  it('is undefined when the content fits, within a pixel of sub-pixel layout', () => {
    expect(scrollEdge({ scrollWidth: 320, clientWidth: 320, scrollLeft: 0 })).toBeUndefined();
    expect(scrollEdge({ scrollWidth: 320.8, clientWidth: 320, scrollLeft: 0 })).toBeUndefined();
  });

  it('says which side has more beyond it', () => {
    const box = { scrollWidth: 600, clientWidth: 320 };
    expect(scrollEdge({ ...box, scrollLeft: 0 })).toBe('start');
    expect(scrollEdge({ ...box, scrollLeft: 140 })).toBe('middle');
    // A scroll to the end can stop a fraction short of it.
    expect(scrollEdge({ ...box, scrollLeft: 279.5 })).toBe('end');
  });

  it('reads right-to-left boxes, whose scrollLeft runs negative from 0', () => {
    const box = { scrollWidth: 600, clientWidth: 320 };
    expect(scrollEdge({ ...box, scrollLeft: 0 })).toBe('start');
    expect(scrollEdge({ ...box, scrollLeft: -140 })).toBe('middle');
    expect(scrollEdge({ ...box, scrollLeft: -280 })).toBe('end');
  });
});
