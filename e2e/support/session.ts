import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openEditor, type EditorPage } from './browser.ts';

export interface EditorSession {
  browser: Browser;
  editor: EditorPage;
}

/**
 * One Chromium and one editor page for the specs of a file, opened before them and closed
 * after. The returned object fills in once the browser is up.
 */
export function editorSession(): EditorSession {
  const session = {} as EditorSession;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    session.editor = await openEditor(session.browser);
  });
  afterAll(async () => {
    await session.browser.close();
  });
  return session;
}
