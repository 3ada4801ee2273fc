import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus, newCase } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe('the audit screens', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let kase: { id: string; clientId: string };
  beforeAll(async () => {
    server = await startWebServer();
    const { h } = server;
    lawyer = await h.user('lawyer', { teams: ['tirana'] });
    kase = await newCase(h, lawyer, 'Arman', 'Example', lawyer.actor.teamIds[0]);
    expectStatus(
      await call(h, lawyer, 'POST', `/api/people/${kase.clientId}/identity/reveal`, {
        reason: 'Checking the spelling for the ministry',
      }),
      200,
    );
  });
  afterAll(() => server.close());

  it('gives the auditor the log, filtered by action, with the reason given', async () => {
    const auditor = await server.h.user('auditor');
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, auditor);
      await page.getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await page.getByLabel('Action', { exact: true }).fill('person.identity.reveal');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.waitForURL(/action=person\.identity\.reveal/);
      const rows = page.locator('.audit-table tbody tr');
      await rows.first().getByText('Checking the spelling for the ministry').waitFor();
      expect(await rows.count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'audit-log-en');

      // A malformed filter is named by its field, and the log is not asked.
      await page.getByLabel('Case identifier').fill('not-a-case');
      await page.getByRole('button', { name: 'Show' }).click();
      expect(await page.getByLabel('Case identifier').getAttribute('aria-invalid')).toBe('true');
      expect(new URL(page.url()).searchParams.get('caseId')).toBeNull();
    } finally {
      await browser.close();
    }
  });

  it("shows the case's supervisor who looked at the client, and refuses a lawyer the same page", async () => {
    const supervisor = await server.h.user('supervisor', { teams: ['tirana'] });
    expectStatus(await call(server.h, supervisor, 'GET', `/api/cases/${kase.id}/audit`), 200);
    const browser = await openBrowser({ locale: 'fa-IR' });
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, supervisor, 'fa');
      await page.goto(`${server.origin}/cases/${kase.id}/audit`);
      await page.getByRole('heading', { level: 1, name: 'چه کسانی این پرونده را دیده‌اند' }).waitFor();
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await page.getByLabel('فقط دیدن هویت‌ها و محل‌های اقامت').check();
      await page.waitForURL(/reveals=true/);
      const rows = page.locator('.audit-table tbody tr');
      await rows.first().getByText('Checking the spelling for the ministry').waitFor();
      expect(await rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('A. E.');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'audit-case-fa');
    } finally {
      await browser.close();
    }

    const other = await openBrowser();
    try {
      await other.page.goto(`${server.origin}/login`);
      await signIn(other.page, server, lawyer);
      expect(await other.page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
      await other.page.goto(`${server.origin}/cases/${kase.id}/audit`);
      await other.page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
      expect(await other.page.getByText('Checking the spelling').count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
