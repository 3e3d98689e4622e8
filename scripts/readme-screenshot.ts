// Takes the README's screenshot of the editor from the production build, so the picture
// always shows what the code does. Run with `npm run screenshot` (it builds first).
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_PATH } from '../e2e/support/browser.ts';

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (url === undefined) throw new Error('the preview server did not report a URL');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(url);
  // Every chart drawn: one .trace group per series.
  await page.waitForFunction(() => document.querySelectorAll('.main-svg .trace').length >= 7, undefined, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: 'docs/editor.png' });
  console.log('wrote docs/editor.png');
} finally {
  await browser.close();
  await server.close();
}
