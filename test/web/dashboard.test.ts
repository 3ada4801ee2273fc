import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCase } from '../casework/support.js';
import { axeViolations, openBrowser, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe('the dashboard', () => {
  let server: WebServer;
  beforeAll(async () => {
    server = await startWebServer();
    const lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
    // Three clients: every count of the team is under the threshold of 5.
    for (const [given, family] of [
      ['Arman', 'Example'],
      ['Dara', 'Sample'],
      ['Nika', 'Fictive'],
    ] as const) {
      await newCase(server.h, lawyer, given, family, lawyer.actor.teamIds[0]);
    }
  });
  afterAll(() => server.close());

  it('shows a supervisor charts with their numbers as tables, small counts as "<5", in English and Persian', async () => {
    const supervisor = await server.h.user('supervisor', { teams: ['tirana'] });
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, supervisor);
      await page.getByRole('link', { name: 'Dashboard' }).click();
      const byBasis = page.getByRole('figure', { name: 'By legal status basis' });
      const notRecorded = byBasis.getByRole('row', { name: /Not recorded/ });
      expect(await notRecorded.getByRole('cell').textContent()).toBe('<5');
      expect(await byBasis.locator('tfoot td').textContent()).toBe('<5');
      await byBasis.locator('.recharts-surface').waitFor();
      // Nothing in the page shows the 3 that the "<5" hides.
      expect(await page.locator('main').textContent()).not.toMatch(/\b3\b/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'dashboard-en');

      await page.getByRole('button', { name: 'فارسی' }).click();
      const fa = page.getByRole('figure', { name: 'بر پایهٔ مبنای وضعیت حقوقی' });
      await fa
        .getByRole('row', { name: /ثبت‌نشده/ })
        .getByText('<۵')
        .waitFor();
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'dashboard-fa');
    } finally {
      await browser.close();
    }
  });

  it('is not offered to a lawyer, who is refused it anyway', async () => {
    const lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, lawyer);
      expect(await page.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
      await page.goto(`${server.origin}/dashboard`);
      await page.getByText('This could not be loaded. Try again.').waitFor();
      expect(await page.getByRole('figure').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
