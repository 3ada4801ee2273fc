import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe('the directory of organizations and officials', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
    browser = await openBrowser();
    await browser.page.goto(`${server.origin}/login`);
    await signIn(browser.page, server, lawyer);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('adds an organization: a bad country is named by its field and what was typed is kept', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Organizations' }).click();
    await page.getByText('No organization recorded yet.').waitFor();
    await page.getByLabel('Kind').selectOption('government_office');
    await page.getByLabel('Name', { exact: true }).fill('Directorate of Migration (example)');
    await page.getByLabel('Country').fill('A1');
    await page.getByRole('button', { name: 'Add organization' }).click();
    expect(await page.getByLabel('Country').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Directorate of Migration (example)');
    await page.getByLabel('Country').fill('al');
    await page.getByRole('button', { name: 'Add organization' }).click();
    await page.getByRole('cell', { name: 'Directorate of Migration (example)' }).waitFor();
    expect(await page.getByRole('cell', { name: 'AL', exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'directory-organizations-en');
  });

  it('edits it with its version: a change made meanwhile is a conflict, and the typed text stays', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Directorate of Migration (example)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Directorate of Migration (example)' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    expectStatus(await call(server.h, lawyer, 'PATCH', `/api/organizations/${id}`, { version: 1, acronym: 'DM' }), 200);
    await page.getByLabel('Notes').fill('Residence permits.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').getByText('Someone else changed this organization').waitFor();
    expect(await page.getByLabel('Notes').inputValue()).toBe('Residence permits.');
    await page.reload();
    expect(await page.getByLabel('Acronym').inputValue()).toBe('DM');
    await page.getByLabel('Notes').fill('Residence permits.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(
        async () => (await call(server.h, lawyer, 'GET', `/api/organizations/${id}`)).json<{ notes: string }>().notes,
      )
      .toBe('Residence permits.');
  });

  it('adds an official, listed by initials only; in Persian too', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Officials' }).click();
    await page.getByLabel('Full name').fill('Blerina Hoxha-Example');
    await page
      .getByLabel('Organization', { exact: true })
      .selectOption({ label: 'Directorate of Migration (example)' });
    await page.getByLabel('Role', { exact: true }).fill('Head of residence permits');
    await page.getByRole('button', { name: 'Add official' }).click();
    await page.getByRole('cell', { name: 'Head of residence permits' }).waitFor();
    expect(await page.getByRole('table').getByText('Blerina').count()).toBe(0);
    expect(await page.getByRole('cell', { name: 'B.' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'directory-officials-en');

    await page.getByRole('button', { name: 'فارسی' }).click();
    await page.getByRole('heading', { level: 1, name: 'مقام‌ها' }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'directory-officials-fa');
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('shows an analyst the organizations without the forms, and no officials', async () => {
    const analyst = await server.h.user('analyst');
    const other = await openBrowser();
    try {
      await other.page.goto(`${server.origin}/login`);
      await signIn(other.page, server, analyst);
      await other.page.getByRole('link', { name: 'Organizations' }).click();
      await other.page.getByRole('cell', { name: 'Directorate of Migration (example)' }).waitFor();
      expect(await other.page.getByRole('button', { name: 'Add organization' }).count()).toBe(0);
      expect(await other.page.getByRole('link', { name: 'Officials' }).count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
