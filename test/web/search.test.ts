import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus, newCase } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe('search', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let kase: { id: string; code: string };
  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
    kase = await newCase(server.h, lawyer, 'Arman', 'Example', lawyer.actor.teamIds[0]);
    expectStatus(
      await call(server.h, lawyer, 'POST', `/api/cases/${kase.id}/notes`, {
        body: 'The agency answered about the sunflower oil parcels.',
      }),
      201,
    );
  });
  afterAll(() => server.close());

  it('asks for words or a filter, filters by kind, and links each result to its case', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, lawyer);
      await page.getByRole('link', { name: 'Search' }).click();
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      expect(await page.getByLabel('Words').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('heading', { name: 'Results' }).count()).toBe(0);

      await page.getByLabel('Words').fill('sunflower');
      await page.getByLabel('Kind of record').selectOption('incident');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByText('Nothing found.').waitFor();

      await page.getByLabel('Kind of record').selectOption('note');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const result = page.locator('.result-list > li').filter({ hasText: 'sunflower oil parcels' });
      await result.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'search-en');
      await result.getByRole('link', { name: 'Open case 1' }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(kase.code) }).waitFor();
    } finally {
      await browser.close();
    }
  });

  it('finds nothing of a case the user may not see', async () => {
    const outsider = await server.h.user('lawyer', { teams: ['durres'] });
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, outsider);
      await page.goto(`${server.origin}/search?q=sunflower`);
      await page.getByText('Nothing found.').waitFor();
    } finally {
      await browser.close();
    }
  });
});
