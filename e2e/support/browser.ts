import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Chromium is Debian's (`apt-get install chromium`), not a Playwright download, which this
 * machine cannot fetch. CHROMIUM_PATH overrides the location.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Headless, and quiet on the network: without these Chromium tries to reach Google at start.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

export interface EditorPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far; specs expect none. */
  errors: string[];
}

/** Opens the built editor in a fresh context (no stored state) and records every console error. */
export async function openEditor(browser: Browser, hash = ''): Promise<EditorPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // The build carries a strict CSP; any violation counts as an error in every spec.
  await page.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + (e.blockedURI || '')))",
  );
  await page.goto(`${inject('editorUrl')}${hash}`);
  return { page, errors };
}

/** Where specs leave screenshots for people to look at (git-ignored). */
export function artifactPath(name: string): string {
  mkdirSync('e2e/artifacts', { recursive: true });
  return `e2e/artifacts/${name}`;
}
