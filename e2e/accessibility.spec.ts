import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { editorSession } from './support/session.ts';
import { previewChartsDrawn } from './support/charts-drawn.ts';

// axe-core over every view of the editor, in both modes: each panel (they are all on the
// page at once), each preview tab, the colour picker and the Export menu open, a chart
// and a KPI card full screen, the components sheet. Every run must report nothing.
describe('the editor has no axe violations', () => {
  const session = editorSession();

  const check = async (view: string) => {
    const { page } = session.editor;
    // The panel's section index is sticky: a control scrolled half under it is "obscured" to
    // axe's target-size rule at that one scroll offset. Judge the panel from its top.
    await page.locator('#controls').evaluate((el) => el.scrollTo(0, 0));
    const violations = await axeViolations(page);
    expect(violations, `${view}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  };

  it.each(['light', 'dark'] as const)('in %s mode, every view', async (mode) => {
    const { page } = session.editor;
    if (mode === 'dark') await page.getByRole('switch', { name: 'Dark mode' }).click();
    expect(await page.getByRole('switch', { name: 'Dark mode' }).getAttribute('aria-checked')).toBe(String(mode === 'dark'));
    await page.waitForFunction(previewChartsDrawn, 8, { timeout: 30_000 });
    await check(`${mode} dashboard`);

    await page.getByRole('button', { name: 'Accent swatch' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Accent colour picker' }).count()).toBe(1);
    await check(`${mode} picker open`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    await check(`${mode} export menu open`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Full screen: Revenue by region/ }).click();
    await check(`${mode} chart full screen`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-fullscreen="true"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Edit as list' }).click();
    await check(`${mode} colorway as a list`);
    await page.getByRole('button', { name: 'Show as strip' }).click();

    await page.getByRole('tab', { name: 'Report' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.js-plotly-plot .main-svg').length >= 1, null, { timeout: 30_000 });
    await check(`${mode} report`);
    await page.getByRole('tab', { name: 'Components' }).click();
    await check(`${mode} components sheet`);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    expect(session.editor.errors).toEqual([]);
  });

  it('flags the faults it is here to catch (the harness can fail)', async () => {
    const { page } = session.editor;
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'axe-probe';
      probe.setAttribute('role', 'img');
      probe.setAttribute('aria-label', 'Chart');
      const button = document.createElement('button');
      button.textContent = 'Zoom';
      const tag = document.createElement('span');
      tag.setAttribute('aria-selected', 'true');
      tag.textContent = 'Selected';
      probe.append(button);
      document.querySelector('#preview')?.append(probe, tag);
    });
    const ids = (await axeViolations(page)).map((v) => v.id);
    await page.evaluate(() => {
      document.getElementById('axe-probe')?.nextElementSibling?.remove();
      document.getElementById('axe-probe')?.remove();
    });
    expect(ids).toEqual(expect.arrayContaining(['nested-interactive', 'aria-allowed-attr']));
  });
});
