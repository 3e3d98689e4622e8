import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Card, CardHeader } from './cards.tsx';
import { DEFAULT_THEME } from '../model/defaults.ts';
import type { Theme } from '../model/types.ts';
import { ThemeProvider } from './ThemeProvider.tsx';

const html = (node: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(node);

describe('an expandable Card’s full-screen button', () => {
  it('sits at the end of the card’s own header, after the title', () => {
    const out = html(h(Card, { expandable: true, 'aria-label': 'Sales' }, h(CardHeader, null, 'Sales'), h('p', null, 'body')));
    const header = /<div class="dk-CardHeader">(.*?)<\/div>/.exec(out)?.[1] ?? '';
    expect(header).toMatch(/^Sales<span class="dk-CardHeader__action"><button[^>]*aria-label="Full screen: Sales"/);
    // Once: not floated beside the header as well.
    expect(out.match(/dk-FullscreenToggle/g)).toHaveLength(1);
    expect(out).not.toContain('float');
  });

  it('follows an action the header already has', () => {
    const out = html(h(Card, { expandable: true }, h(CardHeader, { action: h('a', { href: '#more' }, 'More') }, 'Sales')));
    expect(out).toMatch(/<span class="dk-CardHeader__action"><a href="#more">More<\/a><button/);
  });

  it('floats at the top right of a card without a header of its own', () => {
    const out = html(h(Card, { expandable: true }, h('div', null, h(CardHeader, null, 'Nested')), h('p', null, 'body')));
    expect(out).toMatch(/^<div class="dk-Card"><button[^>]*style="float:right/);
    expect(out).not.toContain('dk-CardHeader__action');
  });

  it('leaves a header without an action as it was', () => {
    expect(html(h(CardHeader, null, 'Plain'))).toBe('<div class="dk-CardHeader">Plain</div>');
  });
});

describe('a heading under a theme that title-cases', () => {
  // The titles a person types, as the style guides' title case writes them (Chicago: short
  // prepositions and articles stay lowercase, brackets are left alone).
  const capitalised = { ...DEFAULT_THEME, typography: { ...DEFAULT_THEME.typography, titleCase: 'capitalize' as const } };
  const under = (theme: Theme) => html(h(ThemeProvider, { theme, mode: 'light' }, h(CardHeader, null, 'revenue by region (k$)')));

  it('reads its words in title case, brackets as written', () => {
    expect(under(capitalised)).toContain('<div class="dk-CardHeader">Revenue by Region (k$)</div>');
  });

  it('keeps them as written when the theme does not', () => {
    expect(under(DEFAULT_THEME)).toContain('<div class="dk-CardHeader">revenue by region (k$)</div>');
  });
});
