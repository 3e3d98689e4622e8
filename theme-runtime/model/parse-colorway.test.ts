import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { parseColorway } from './parse-colorway.ts';

describe('parseColorway', () => {
  it('normalises colours and keeps role references', () => {
    expect(parseColorway(['{accent}', 'red', 'rgb(0 0 255)'])).toEqual({ ok: true, colorway: ['{accent}', '#ff0000', '#0000ff'] });
  });

  it('names each bad entry by its place in the list', () => {
    const result = parseColorway(['{bogus}', '#00ff00', 'teal-ish']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatIssue)).toEqual([
      expect.stringMatching(/^\/0: '\{bogus\}' refers to no colour role/),
      "/2: 'teal-ish' is not a colour or a {role} reference",
    ]);
  });

  it('refuses what is not a list of two to twenty colours', () => {
    expect(parseColorway('#ff0000').ok).toBe(false);
    expect(parseColorway(['#ff0000']).ok).toBe(false);
    expect(parseColorway(Array.from({ length: 21 }, () => '#ff0000')).ok).toBe(false);
    expect(parseColorway([1, 2]).ok).toBe(false);
  });
});
