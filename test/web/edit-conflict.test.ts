import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, call, expectStatus, newCase } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, type Browser } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const text = (key: string) => message('en', 'case', key);
const forms = (key: string) => message('en', 'forms', key);

/** Two people change the same record at once: the second save is told, shown both, and keeps what was typed. */
describe('editing a record someone else has just changed', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let kase: { id: string; clientId: string; code: string };
  let first: Browser;
  let second: Browser;

  const open = async (user: TestUser) => {
    const browser = await openBrowser();
    await browser.page.goto(`${server.origin}/login`);
    await signIn(browser.page, server, user);
    await browser.page.goto(`${server.origin}/cases/${kase.id}`);
    await browser.page.getByRole('heading', { level: 1, name: new RegExp(kase.code) }).waitFor();
    return browser;
  };

  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer');
    caseworker = await server.h.user('caseworker');
    kase = await newCase(server.h, lawyer, 'Shirin', 'Example');
    await assign(server.h, lawyer, kase.id, caseworker);
    const permit = {
      kind: 'residence_permit',
      state: 'held',
      issuerText: 'Directorate of Migration (example)',
      issuedOn: '2025-12-01',
      expiresOn: '2026-12-31',
    };
    expectStatus(await call(server.h, lawyer, 'POST', `/api/people/${kase.clientId}/documents`, permit), 201);
    const task = { title: 'Ask the ministry about the permit', kind: 'follow_up', dueOn: '2026-12-01' };
    expectStatus(await call(server.h, lawyer, 'POST', `/api/cases/${kase.id}/tasks`, task), 201);
    first = await open(lawyer);
    second = await open(caseworker);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await server.close();
  });

  it('a permit renewed by one while the other records it: both versions shown, and the second keeps theirs', async () => {
    const mine = first.page.locator('#case-documents');
    const theirs = second.page.locator('#case-documents');
    await mine.getByRole('button', { name: text('documents.change') }).click();
    await theirs.getByRole('button', { name: text('documents.change') }).click();

    await mine.getByLabel(text('documents.expiresOn')).fill('2027-12-31');
    await mine.getByRole('button', { name: forms('save') }).click();
    await mine.getByRole('button', { name: text('documents.change') }).waitFor();

    await theirs.getByLabel(text('documents.expiresOn')).fill('2027-06-30');
    await theirs.getByLabel(text('documents.notes')).fill('Renewal receipt seen at the office');
    await theirs.getByRole('button', { name: forms('save') }).click();
    const conflict = theirs.getByRole('alert').filter({ hasText: forms('conflict.title') });
    await conflict.waitFor();
    const row = conflict.getByRole('row', { name: new RegExp(text('documents.expiresOn')) });
    expect(await row.textContent()).toContain('2027-12-31');
    expect(await row.textContent()).toContain('2027-06-30');
    expect(await theirs.getByLabel(text('documents.expiresOn')).inputValue()).toBe('2027-06-30');
    expect(await theirs.getByLabel(text('documents.notes')).inputValue()).toBe('Renewal receipt seen at the office');
    expect(await axeViolations(second.page)).toEqual([]);

    await conflict.getByRole('button', { name: forms('conflict.keepMine') }).click();
    await theirs.getByRole('button', { name: text('documents.change') }).waitFor();
    const stored = expectStatus<{ items: { expiresOn: string; notes: string; version: number }[] }>(
      await call(server.h, lawyer, 'GET', `/api/people/${kase.clientId}/documents`),
      200,
    );
    expect(stored.items).toMatchObject([{ expiresOn: '2027-06-30', notes: 'Renewal receipt seen at the office' }]);
    expect(stored.items[0]?.version).toBe(3);
  });

  it('a task marked done by one while the other moves it: the second takes the stored version', async () => {
    const mine = first.page.locator('#case-tasks');
    const theirs = second.page.locator('#case-tasks');
    await mine.getByRole('button', { name: text('tasks.change') }).click();
    await theirs.getByRole('button', { name: text('tasks.change') }).click();

    await mine.getByLabel(text('tasks.status')).selectOption('done');
    await mine.getByRole('button', { name: forms('save') }).click();
    await mine.getByText(text('tasks.statuses.done')).waitFor();

    await theirs.getByLabel(text('tasks.dueOn')).fill('2026-12-15');
    await theirs.getByRole('button', { name: forms('save') }).click();
    const conflict = theirs.getByRole('alert').filter({ hasText: forms('conflict.title') });
    const status = conflict.getByRole('row', { name: new RegExp(text('tasks.status')) });
    await status.waitFor();
    expect(await status.textContent()).toContain(text('tasks.statuses.done'));
    await conflict.getByRole('button', { name: forms('conflict.takeTheirs') }).click();
    expect(await theirs.getByLabel(text('tasks.dueOn')).inputValue()).toBe('2026-12-01');
    expect(await theirs.getByLabel(text('tasks.status')).inputValue()).toBe('done');
  });
});
