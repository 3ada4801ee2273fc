import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/exchange/registry.js';
import { newCase } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const text = (key: string) => message('en', 'reports', key);
const exportsLink = message('en', 'nav', 'area.exports');

describe('the exports screen', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let kase: { code: string };

  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
    kase = await newCase(server.h, lawyer, 'Ilir', 'Fictive', lawyer.actor.teamIds[0]);
  });
  afterAll(() => server.close());

  it('downloads the cases a lawyer sees as CSV, by the client’s label and never by name', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, lawyer);
      await page.getByRole('link', { name: exportsLink }).click();
      await page.getByRole('heading', { level: 1, name: text('exports.title') }).waitFor();
      await page.getByLabel(text('exports.dataset')).selectOption('cases');
      await page.getByLabel(text('exports.format')).selectOption('csv');
      // A publication is offered only for the records that carry consent.
      expect(await page.getByLabel(text('exports.purpose')).isDisabled()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'exports-en');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: text('exports.download') }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^safehold-cases-\d{4}-\d{2}-\d{2}\.csv$/);
      const [header, ...rows] = (await readFile(await download.path(), 'utf8')).trim().split('\n');
      expect(header).toBe(DATASETS.cases.columns.map((c) => c.name).join(','));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toContain(kase.code);
      expect(rows[0]).not.toContain('Fictive');
    } finally {
      await browser.close();
    }
  });

  it('an identity export asked for by the lawyer, approved by the supervisor, and run once by the lawyer', async () => {
    const supervisor = await server.h.user('supervisor', { teams: ['tirana'] });
    const asker = await openBrowser();
    const approver = await openBrowser();
    try {
      const { page } = asker;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, lawyer);
      await page.goto(`${server.origin}/exports`);
      await page.getByRole('button', { name: text('identity.request') }).click();
      await page.getByRole('checkbox', { name: new RegExp(kase.code) }).check();
      await page.getByLabel(text('identity.reason')).fill('The court asks for the full names of the claimants.');
      await page.getByRole('button', { name: text('identity.request') }).click();
      await page.getByText(text('identity.statuses.pending')).waitFor();
      // The person who asked cannot approve their own request.
      expect(await page.getByRole('button', { name: text('identity.approve') }).count()).toBe(0);

      await approver.page.goto(`${server.origin}/login`);
      await signIn(approver.page, server, supervisor);
      await approver.page.goto(`${server.origin}/exports`);
      await approver.page.getByRole('button', { name: text('identity.approve') }).click();
      await approver.page.getByRole('button', { name: text('identity.approve') }).click();
      // Decided, it leaves the approver's list (which holds their own requests and those waiting for them).
      await approver.page.getByText(text('identity.none')).waitFor();

      await page.reload();
      await page.getByRole('button', { name: text('identity.run') }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: text('identity.save') }).click(),
      ]);
      const result = JSON.parse(await readFile(await download.path(), 'utf8')) as { items: { caseCode: string }[] };
      expect(result.items.map((i) => i.caseCode)).toEqual([kase.code]);
    } finally {
      await asker.close();
      await approver.close();
    }
  });

  it('is not offered to an analyst, who gets the not-found page at its address', async () => {
    const analyst = await server.h.user('analyst');
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, analyst);
      expect(await page.getByRole('link', { name: exportsLink }).count()).toBe(0);
      await page.goto(`${server.origin}/exports`);
      await page.getByRole('heading', { level: 1, name: message('en', 'common', 'notFound.title') }).waitFor();
    } finally {
      await browser.close();
    }
  });
});
