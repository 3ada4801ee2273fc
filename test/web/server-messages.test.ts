import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCase, newOrganization } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, type Browser } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const sq = (namespace: string, key: string) => message('sq', namespace, key);

/** A rule only the server knows (a date after today) is shown in the reader's language, on its field. */
describe('refusals of the server in the reader’s language', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let kase: { id: string; code: string };
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer');
    kase = await newCase(server.h, lawyer, 'Omid', 'Example');
    await newOrganization(server.h, lawyer, 'ngo', 'Integration Partner (example)');
    browser = await openBrowser();
    await browser.page.goto(`${server.origin}/login`);
    await signIn(browser.page, server, lawyer);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('an Albanian reader is told in Albanian that the referral cannot be sent after today', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Shqip' }).click();
    await page.goto(`${server.origin}/cases/${kase.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(kase.code) }).waitFor();
    const section = page.locator('#case-referrals');
    await section.getByRole('button', { name: sq('case', 'referrals.add') }).click();
    await section.getByLabel(sq('case', 'referrals.to')).selectOption({ label: 'Integration Partner (example)' });
    await section.getByLabel(sq('case', 'referrals.sentOn')).fill('2099-01-01');
    await section.getByLabel(sq('case', 'referrals.purpose')).fill('Integration training');
    await section.getByLabel(sq('case', 'referrals.consentOn')).fill('2026-10-10');
    await section.getByRole('button', { name: sq('forms', 'save') }).click();
    await section.getByText(sq('common', 'validation.in_future')).waitFor();
    expect(await section.textContent()).not.toContain('must not be in the future');
    expect(await section.getByLabel(sq('case', 'referrals.purpose')).inputValue()).toBe('Integration training');
    expect(await axeViolations(page)).toEqual([]);
  });
});
