import { fixturePath } from '../theme-runtime/test-support/fixtures.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../theme-runtime/index.ts';
import { editorSession } from './support/session.ts';
import { exportAs } from './support/export-menu.ts';
import { previewChartsDrawn } from './support/charts-drawn.ts';

// The production build runs under a strict Content-Security-Policy. Every editor spec
// already counts violations as errors; this one checks the policy itself and works the
// features that load code or data at run time (charts, package export, import).
describe('Content-Security-Policy', () => {
  const session = editorSession();

  it('is set, with no inline script and no eval', async () => {
    const policy = await session.editor.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
  });

  it('blocks an injected inline script', async () => {
    const { page } = session.editor;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    // That attempt was the one violation expected here.
    session.editor.errors.splice(0);
  });

  it('draws every chart, builds the package and imports a file without a violation', async () => {
    const { page } = session.editor;
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    const download = await exportAs(page, /^Runtime package/);
    expect(download.suggestedFilename()).toMatch(/\.tgz$/);
    await page.getByTestId('import-file').setInputFiles(fixturePath('plotly-templates/seaborn.json'));
    await expect.poll(() => page.getByTestId('toast').textContent()).toContain('Imported seaborn.json');
    expect(session.editor.errors).toEqual([]);
  });

  it('shows a hostile theme name as text, runs none of it, and saves it under a safe file name', async () => {
    const { page } = session.editor;
    const name = '<img src=x onerror="window.injected=1"></style><script>injected=2</script>';
    const file = { ...DEFAULT_THEME, name, description: '"; } body { display:none' };
    await page.getByTestId('import-file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator('.theme-name').textContent()).toBe(name);
    expect(await page.locator('img[src="x"], .theme-name script, .theme-name img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    const download = await exportAs(page, /^Theme file/);
    expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]{1,60}\.theme\.json$/);
    expect(session.editor.errors).toEqual([]);
  });
});
