import { describe, expect, it } from 'vitest';
import { safeScope, STYLESHEET_LAYER } from '../css/scope.ts';
import { safeScope as providerScope, STYLESHEET_LAYER as providerLayer } from './ThemeProvider.tsx';

// ThemeProvider keeps its own copy of the scope rules (importing them would split a chunk off
// the React entry): the class it puts on its element must be the one its stylesheet selects.
describe('ThemeProvider’s scope rules', () => {
  it('are the stylesheet’s', () => {
    expect(providerLayer).toBe(STYLESHEET_LAYER);
    for (const id of ['dk-_r_0_', 'dk-:r1:', 'dk-«r2»', '0abc', 'dk-a b', '']) expect(providerScope(id)).toBe(safeScope(id));
  });
});
