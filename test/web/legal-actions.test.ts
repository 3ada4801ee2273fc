import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, call, expectStatus, newCase, newOrganization } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, type Browser } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const text = (key: string) => message('en', 'case', key);
const save = message('en', 'forms', 'save');

describe('legal actions on the case page', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let supervisor: TestUser;
  let kase: { id: string; clientId: string; code: string };
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer');
    supervisor = await server.h.user('supervisor');
    kase = await newCase(server.h, lawyer, 'Dariush', 'Example');
    await assign(server.h, lawyer, kase.id, supervisor);
    await newOrganization(server.h, lawyer, 'court', 'Administrative Court (example)');
    await newOrganization(server.h, lawyer, 'government_office', 'Directorate of Migration (example)');
    browser = await openBrowser();
    await browser.page.goto(`${server.origin}/login`);
    await signIn(browser.page, server, lawyer);
    await browser.page.goto(`${server.origin}/cases/${kase.id}`);
    await browser.page.getByRole('heading', { level: 1, name: new RegExp(kase.code) }).waitFor();
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('a title left empty is named by its field, and what was typed stays', async () => {
    const section = browser.page.locator('#case-legalActions');
    await section.getByRole('button', { name: text('legalActions.add') }).click();
    await section.getByLabel(text('legalActions.reference')).fill('AC-2026-200');
    await section.getByRole('button', { name: save }).click();
    await section.getByLabel(text('legalActions.title')).and(browser.page.locator('[aria-invalid="true"]')).waitFor();
    expect(await section.getByLabel(text('legalActions.reference')).inputValue()).toBe('AC-2026-200');
    await section.getByRole('button', { name: message('en', 'forms', 'cancel') }).click();
  });

  it('records an appeal with its parties, a hearing, a filing and then its outcome', async () => {
    const { page } = browser;
    const section = page.locator('#case-legalActions');
    await section.getByRole('button', { name: text('legalActions.add') }).click();
    await section.getByLabel(text('legalActions.forum')).selectOption({ label: 'Administrative Court (example)' });
    await section.getByLabel(text('legalActions.kind')).selectOption('administrative_appeal');
    await section.getByLabel(text('legalActions.title')).fill('Appeal against the refusal of a residence permit');
    await section.getByLabel(text('legalActions.reference')).fill('AC-2026-114');
    await section.getByLabel(text('legalActions.openedOnLabel')).fill('2026-10-20');
    await section
      .getByLabel(text('legalActions.otherParty'), { exact: true })
      .selectOption({ label: 'Directorate of Migration (example)' });
    await section.getByRole('button', { name: save }).click();

    await section.getByRole('button', { name: 'Appeal against the refusal of a residence permit' }).click();
    const detail = section.locator('.record-detail');
    await detail.getByText('Directorate of Migration (example)').waitFor();
    expect(await detail.textContent()).toContain(text('legalActions.sides.applicant'));

    await detail.getByRole('button', { name: text('legalActions.addHearing') }).click();
    await detail.getByLabel(text('legalActions.hearingOn')).fill('2026-11-12');
    await detail.getByLabel(text('legalActions.place')).fill('Courtroom 3');
    await detail.getByRole('button', { name: save }).click();
    await detail.getByText('Courtroom 3').waitFor();

    await detail.getByRole('button', { name: text('legalActions.addFiling') }).click();
    await detail.getByLabel(text('legalActions.filingKind')).fill('Written statement');
    await detail.getByLabel(text('legalActions.deadlineOn')).fill('2026-11-05');
    await detail.getByRole('button', { name: save }).click();
    await detail.getByText(text('legalActions.notFiled')).waitFor();
    await detail.getByRole('button', { name: text('legalActions.recordFiled') }).click();
    await detail.getByLabel(text('legalActions.filedOn')).fill('2026-11-03');
    await detail.getByRole('button', { name: save }).click();
    await detail.getByText('Written statement').waitFor();
    await expect.poll(async () => detail.getByText(text('legalActions.notFiled')).count()).toBe(0);

    await detail.getByRole('button', { name: text('legalActions.update') }).click();
    await detail.getByLabel(text('legalActions.status')).selectOption('filed');
    await detail.getByRole('button', { name: save }).click();
    await section.getByText(text('legalActions.statuses.filed')).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const list = expectStatus<{ items: { id: string; status: string }[] }>(
      await call(server.h, lawyer, 'GET', `/api/cases/${kase.id}/legal-actions`),
      200,
    );
    expect(list.items.map((a) => a.status)).toEqual(['filed']);
    const stored = expectStatus<{ hearings: unknown[]; filings: { filedOn: string | null }[]; parties: unknown[] }>(
      await call(server.h, lawyer, 'GET', `/api/legal-actions/${list.items[0]?.id ?? ''}`),
      200,
    );
    expect(stored.hearings).toHaveLength(1);
    expect(stored.filings.map((f) => f.filedOn)).toEqual(['2026-11-03']);
    expect(stored.parties).toHaveLength(2);
  });

  it('shows the link to the case audit to its supervisor only', async () => {
    const { page } = browser;
    expect(await page.getByRole('link', { name: text('auditLink') }).count()).toBe(0);
    const other = await openBrowser();
    try {
      await other.page.goto(`${server.origin}/login`);
      await signIn(other.page, server, supervisor);
      await other.page.goto(`${server.origin}/cases/${kase.id}`);
      await other.page.getByRole('link', { name: text('auditLink') }).click();
      await other.page.waitForURL(`${server.origin}/cases/${kase.id}/audit`);
      await other.page.getByRole('heading', { level: 1, name: message('en', 'audit', 'case.title') }).waitFor();
      expect(await axeViolations(other.page)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
