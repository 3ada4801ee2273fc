import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, call, expectStatus, newCase, newOrganization } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const text = (key: string, language = 'en') => message(language, 'case', key);

/** The month `back` months before the clock's, as YYYY-MM. */
function monthOf(now: Date, back: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return d.toISOString().slice(0, 7);
}

describe('the case page', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let outsider: TestUser;
  let kase: { id: string; clientId: string; code: string };
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    const { h } = server;
    lawyer = await h.user('lawyer', { teams: ['tirana'] });
    outsider = await h.user('lawyer', { teams: ['durres'] });
    kase = await newCase(h, lawyer, 'Arta', 'Fictive');
    // Support: 500.00 EUR a month from an agency, paid two months ago and last month.
    const agency = await newOrganization(h, lawyer, 'un_agency', 'Relief Agency Example');
    const now = h.clock.now();
    const entitlement = expectStatus<{ id: string }>(
      await call(h, lawyer, 'POST', `/api/people/${kase.clientId}/support/entitlements`, {
        providerId: agency,
        kind: 'cash',
        amountMinor: 50000,
        currency: 'EUR',
        period: 'monthly',
        startsOn: `${monthOf(now, 3)}-01`,
        basis: 'case by case',
      }),
      201,
    );
    for (const back of [2, 1]) {
      expectStatus(
        await call(h, lawyer, 'POST', `/api/people/${kase.clientId}/support/entitlements/${entitlement.id}/payments`, {
          paidOn: `${monthOf(now, back)}-10`,
          amountMinor: 50000,
          currency: 'EUR',
        }),
        201,
      );
    }
    browser = await openBrowser();
    await browser.page.goto(`${server.origin}/login`);
    await signIn(browser.page, server, lawyer);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('shows the case with the client by label only; the identity is shown on a reason and audited', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/cases/${kase.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(kase.code) }).waitFor();
    expect(await page.getByText('Arta Fictive').count()).toBe(0);

    await page.getByRole('button', { name: text('identity.reveal') }).click();
    await page.getByRole('button', { name: text('identity.show') }).click();
    // Too short a reason: the API's rule, next to the field, and nothing shown.
    const reason = page.getByLabel(text('identity.reason'));
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Preparing the residence permit renewal');
    await page.getByRole('button', { name: text('identity.show') }).click();
    await page.getByText('Arta Fictive').waitFor();

    const auditor = await server.h.user('auditor');
    const audit = expectStatus<{ items: { actor: { id: string }; reason: string | null }[] }>(
      await call(server.h, auditor, 'GET', `/api/audit/entries?action=person.identity.reveal&caseId=${kase.id}`),
      200,
    );
    expect(audit.items.map((e) => [e.actor.id, e.reason])).toEqual([
      [lawyer.id, 'Preparing the residence permit renewal'],
    ]);

    await page.getByRole('button', { name: text('identity.hide') }).click();
    expect(await page.getByText('Arta Fictive').count()).toBe(0);
  });

  it('adds a note to the timeline', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: text('notes.add') }).click();
    await page
      .locator('#case-notes')
      .getByLabel(text('notes.body'))
      .fill('Asked the agency for a meeting about support.');
    await page
      .locator('#case-notes')
      .getByRole('button', { name: message('en', 'forms', 'save') })
      .click();
    await page.locator('#case-notes .timeline').getByText('Asked the agency for a meeting about support.').waitFor();
  });

  it('records a document: the error is shown next to the field and what was typed is kept', async () => {
    const { page } = browser;
    const section = page.locator('#case-documents');
    await section.getByRole('button', { name: text('documents.add') }).click();
    await section.getByLabel(text('documents.kind')).selectOption('residence_permit');
    await section.getByLabel(text('documents.issuer')).fill('Directorate of Migration (example)');
    await section.getByLabel(text('documents.issuedOn')).fill('2026-05-01');
    await section.getByLabel(text('documents.expiresOn')).fill('2026-01-31');
    await section.getByRole('button', { name: message('en', 'forms', 'save') }).click();

    const expires = section.getByLabel(text('documents.expiresOn'));
    expect(await expires.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await expires.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(
      message('en', 'common', 'validation.custom'),
    );
    expect(await section.getByLabel(text('documents.issuer')).inputValue()).toBe('Directorate of Migration (example)');
    expect(await section.getByLabel(text('documents.issuedOn')).inputValue()).toBe('2026-05-01');
    expect(await section.getByLabel(text('documents.kind')).inputValue()).toBe('residence_permit');

    await expires.fill('2027-04-30');
    await section.getByRole('button', { name: message('en', 'forms', 'save') }).click();
    await section.getByRole('cell', { name: text('documents.kinds.residence_permit') }).waitFor();
  });

  it('shows the support received per month as a chart and as a table', async () => {
    const { page } = browser;
    const section = page.locator('#case-support');
    await section.locator('.recharts-bar-rectangle').first().waitFor();
    const table = section.getByRole('table', { name: text('support.receivedTable') });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.includes('€500.00'))).toHaveLength(2);
  });

  it('shows a rule only the server knows (a payment in another currency) next to its field', async () => {
    const { page } = browser;
    const section = page.locator('#case-support');
    await section.getByRole('button', { name: text('support.addPayment') }).click();
    const form = section.locator('form');
    await form.getByLabel(text('support.paidOn')).fill(`${monthOf(server.h.clock.now(), 0)}-05`);
    await form.getByLabel(text('support.amount')).fill('120.50');
    await form.getByLabel(message('en', 'forms', 'currency')).selectOption('USD');
    await form.getByRole('button', { name: message('en', 'forms', 'save') }).click();

    const currency = form.getByLabel(message('en', 'forms', 'currency'));
    await form.locator('[aria-invalid="true"]').waitFor();
    expect(await currency.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await currency.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('EUR');
    expect(await form.getByLabel(text('support.amount')).inputValue()).toBe('120.50');
    await section.getByRole('button', { name: message('en', 'forms', 'cancel') }).click();
  });

  it('tells the second saver of a conflict and shows both versions to choose from', async () => {
    const { page } = browser;
    const summary = page.getByLabel(text('summary.label'));
    await summary.fill('Needs a work permit; the agency pays case by case.');
    // Meanwhile, another session saves the summary first.
    const stored = expectStatus<{ version: number }>(await call(server.h, lawyer, 'GET', `/api/cases/${kase.id}`), 200);
    expectStatus(
      await call(server.h, lawyer, 'PATCH', `/api/cases/${kase.id}`, {
        version: stored.version,
        summary: 'Meeting with the agency on 9 October.',
      }),
      200,
    );
    await page.getByRole('button', { name: text('summary.save') }).click();

    const conflict = page.getByRole('alert').filter({ hasText: message('en', 'forms', 'conflict.title') });
    await conflict.waitFor();
    await conflict.getByRole('cell', { name: 'Meeting with the agency on 9 October.' }).waitFor();
    await conflict.getByRole('cell', { name: 'Needs a work permit; the agency pays case by case.' }).waitFor();
    await conflict.getByRole('button', { name: message('en', 'forms', 'conflict.keepMine') }).click();
    await conflict.waitFor({ state: 'detached' });
    const after = expectStatus<{ summary: string }>(await call(server.h, lawyer, 'GET', `/api/cases/${kase.id}`), 200);
    expect(after.summary).toBe('Needs a work permit; the agency pays case by case.');
  });

  it('has no accessibility violation, in English and in Persian (right to left)', async () => {
    const { page } = browser;
    await page.goto(`${server.origin}/cases/${kase.id}`);
    await page.getByRole('table', { name: text('support.receivedTable') }).waitFor();
    await page.locator('#case-notes .timeline').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'case-en');

    await page.getByRole('button', { name: 'فارسی' }).click();
    await page.getByRole('heading', { level: 2, name: text('section.support', 'fa') }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.getByRole('table', { name: text('support.receivedTable', 'fa') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'case-fa');
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('shows a caseworker on the case only what a caseworker may do', async () => {
    const caseworker = await server.h.user('caseworker', { teams: ['tirana'] });
    await assign(server.h, lawyer, kase.id, caseworker);
    const other = await openBrowser();
    try {
      await other.page.goto(`${server.origin}/login`);
      await signIn(other.page, server, caseworker);
      await other.page.goto(`${server.origin}/cases/${kase.id}`);
      await other.page.getByRole('button', { name: text('documents.add') }).waitFor();
      expect(await other.page.getByRole('button', { name: text('legalStatus.add') }).count()).toBe(0);
      expect(await other.page.getByRole('button', { name: text('summary.save') }).count()).toBe(0);
      await other.page.getByText('Needs a work permit; the agency pays case by case.').waitFor();
    } finally {
      await other.close();
    }
  });

  it('is not found for a lawyer not assigned to the case', async () => {
    const other = await openBrowser();
    try {
      await other.page.goto(`${server.origin}/login`);
      await signIn(other.page, server, outsider);
      await other.page.goto(`${server.origin}/cases/${kase.id}`);
      await other.page.getByRole('heading', { level: 1, name: message('en', 'common', 'notFound.title') }).waitFor();
      expect(await other.page.getByText(kase.code).count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
