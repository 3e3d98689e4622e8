import { describe, expect, it } from 'vitest';
import { readDraftEnvelope, readSavedColorways } from './stored-shapes.ts';

describe('saved colorways at the door', () => {
  it('keep good entries and name each bad one by where it is', () => {
    const read = readSavedColorways([
      { name: 'Brand', colors: ['{accent}', 'Red'] },
      { name: 'Broken', colors: ['{bogus}', '#00ff00'] },
      { name: '', colors: ['#000000', '#ffffff'] },
      'not an entry',
    ]);
    expect(read.colorways).toEqual([{ name: 'Brand', colors: ['{accent}', '#ff0000'] }]);
    expect(read.problems).toHaveLength(3);
    expect(read.problems[0]).toMatch(/^\/1\/colors\/0: '\{bogus\}' refers to no colour role/);
    expect(read.problems[1]).toBe('/2/name: a saved colorway needs a name');
    expect(read.problems[2]).toMatch(/^\/3: /);
  });

  it('refuse what is not a list', () => {
    expect(readSavedColorways({ colors: [] })).toEqual({ colorways: [], problems: ['(document): expected a list of saved colorways'] });
  });
});

describe('draft envelopes at the door', () => {
  it('refuse a draft of another app and a mode that does not exist', () => {
    expect(readDraftEnvelope({ app: 'other', theme: { version: 1 } })).toMatchObject({ ok: false, errors: [{ path: '/app' }] });
    expect(readDraftEnvelope({ app: 'design-kit', mode: 'sepia', theme: { version: 1 } })).toMatchObject({ ok: false, errors: [{ path: '/mode' }] });
  });

  it('read the theme through parseTheme, errors located inside the envelope', () => {
    expect(readDraftEnvelope({ app: 'design-kit', mode: 'dark', theme: { version: 1 } })).toMatchObject({ ok: true, mode: 'dark' });
    expect(readDraftEnvelope({ app: 'design-kit', theme: { version: 1, colors: { dark: { text: 12 } } } })).toMatchObject({
      ok: false,
      errors: [{ path: '/theme/colors/dark/text' }],
    });
  });
});
