import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus, newCase, newOrganization } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, type Browser } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const text = (key: string) => message('en', 'case', key);
const save = message('en', 'forms', 'save');

describe('recording the main records of a case', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let kase: { id: string; clientId: string; code: string };
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
    kase = await newCase(server.h, lawyer, 'Besa', 'Pretend');
    await newOrganization(server.h, lawyer, 'un_agency', 'Relief Agency Example');
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

  it('a request to an agency, the meeting held, and an item of its minutes attributed to the agency', async () => {
    const section = browser.page.locator('#case-engagements');
    await section.getByRole('button', { name: text('engagements.add') }).click();
    await section.getByLabel(text('engagements.organization')).selectOption({ label: 'Relief Agency Example' });
    await section.getByLabel(text('engagements.requestedOn')).fill('2026-09-27');
    await section.getByLabel(text('engagements.subject')).fill('A meeting about the support of the leavers');
    await section.getByRole('button', { name: save }).click();

    await section.getByRole('button', { name: 'A meeting about the support of the leavers' }).click();
    await section.getByRole('button', { name: text('engagements.recordOutcome') }).click();
    await section.getByLabel(text('engagements.outcomeOn')).fill('2026-10-09');
    await section.getByRole('button', { name: save }).click();
    await section.getByText(text('engagements.statuses.held')).waitFor();

    await section.getByRole('button', { name: text('engagements.addMinutes') }).click();
    await section.getByLabel(text('engagements.kind')).selectOption('statement');
    await section.getByLabel(text('engagements.text')).fill('The agency stopped paying financial support in 2016.');
    await section.getByRole('button', { name: save }).click();
    const item = section.locator('.minutes li').filter({ hasText: 'stopped paying financial support' });
    await item.waitFor();
    expect(await item.textContent()).toContain('Relief Agency Example');
  });

  it('a referral with the client’s consent', async () => {
    const section = browser.page.locator('#case-referrals');
    await section.getByRole('button', { name: text('referrals.add') }).click();
    await section.getByLabel(text('referrals.to')).selectOption({ label: 'Relief Agency Example' });
    await section.getByLabel(text('referrals.sentOn')).fill('2026-10-12');
    await section.getByLabel(text('referrals.purpose')).fill('Integration training');
    await section.getByLabel(text('referrals.consentOn')).fill('2026-10-10');
    await section.getByRole('button', { name: save }).click();
    await section.getByText(text('referrals.consentGiven')).waitFor();
  });

  it('an incident with one act in HURIDOCS terms, and a file kept as its evidence with its hash', async () => {
    const { page } = browser;
    const section = page.locator('#case-incidents');
    await section.getByRole('button', { name: text('incidents.add') }).click();
    await section.getByLabel(text('incidents.title')).fill('Threats after leaving');
    await section.getByLabel(text('incidents.start')).fill('2026-03-14');
    await section.getByLabel(text('incidents.description')).fill('Messages threatening slander were received.');
    const act = section.getByLabel(text('incidents.act'));
    const firstTerm = await act.locator('option').nth(1).getAttribute('value');
    await act.selectOption(firstTerm ?? '');
    await section.getByRole('button', { name: save }).click();
    await section.getByText('Threats after leaving').waitFor();

    await section.getByRole('button', { name: text('incidents.upload') }).click();
    const content = Buffer.from('a fictional message, kept as evidence\n');
    await section
      .getByLabel(text('incidents.file'), { exact: true })
      .setInputFiles({ name: 'message.txt', mimeType: 'text/plain', buffer: content });
    await section.getByLabel(text('incidents.fileDescription')).fill('The message as received');
    await section.getByRole('button', { name: save }).click();
    await section.getByText('message.txt').waitFor();

    const incidents = expectStatus<{ items: { id: string }[] }>(
      await call(server.h, lawyer, 'GET', `/api/cases/${kase.id}/incidents`),
      200,
    );
    const kept = expectStatus<{ items: { sha256: string }[] }>(
      await call(server.h, lawyer, 'GET', `/api/incidents/${incidents.items[0]?.id ?? ''}/evidence`),
      200,
    );
    const { createHash } = await import('node:crypto');
    expect(kept.items.map((e) => e.sha256)).toEqual([createHash('sha256').update(content).digest('hex')]);
    await section.getByText(kept.items[0]?.sha256 ?? '-').waitFor();

    await section.getByRole('button', { name: text('evidence.custody') }).click();
    const custody = section.getByRole('table', { name: text('evidence.custody') });
    await custody.getByText(text('evidence.actions.intake')).waitFor();
    await section.getByRole('button', { name: text('evidence.verify') }).click();
    await section
      .getByRole('status')
      .filter({ hasText: text('evidence.verification.intact') })
      .waitFor();
    await custody.getByText(text('evidence.actions.verify')).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
