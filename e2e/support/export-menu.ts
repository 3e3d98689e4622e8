import type { Download, Page } from 'playwright-core';

/** Chooses an item of the toolbar's Export menu, as a person would, and returns the download it starts. */
export async function exportAs(page: Page, item: string | RegExp): Promise<Download> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return download;
}
