import { describe, expect, it } from 'vitest';
import { createHistory, HISTORY_LIMIT, record, redo, seal, undo } from './history.ts';

describe('history', () => {
  it('undoes and redoes single edits', () => {
    let h = createHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('merges a drag (one gesture) into one step, and starts a new one after seal', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 60; i++) h = record(h, i, 'drag:accent');
    h = seal(h);
    h = record(h, 100, 'drag:accent');
    expect(h.past).toEqual([0, 60]);
    expect(undo(h).present).toBe(60);
    expect(undo(undo(h)).present).toBe(0);
  });

  it('forgets the redo branch on a new edit', () => {
    let h = record(record(createHistory('a'), 'b'), 'c');
    h = record(undo(h), 'x');
    expect(h.future).toEqual([]);
    expect(redo(h).present).toBe('x');
  });

  it(`keeps at least ${HISTORY_LIMIT} steps, then drops the oldest`, () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    let back = h;
    for (let i = 0; i < 150; i++) back = undo(back);
    expect(back.present).toBe(HISTORY_LIMIT + 50 - 150);
  });
});
