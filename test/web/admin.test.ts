import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe('the administrator screens', () => {
  let server: WebServer;
  let admin: TestUser;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWebServer();
    admin = await server.h.user('admin');
    lawyer = await server.h.user('lawyer', { teams: ['durres'] });
    caseworker = await server.h.user('caseworker', { teams: ['durres'] });
    browser = await openBrowser();
    await browser.page.goto(`${server.origin}/login`);
    await signIn(browser.page, server, admin);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('creates a user, shows the first password once, and changes the role; refuses a bad username by the field', async () => {
    const { page } = browser;
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.getByLabel('Username').fill('x');
    await page.getByLabel('Name shown to colleagues').fill('Arta Demo');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('Not in the expected form').waitFor();
    expect(await page.getByLabel('Name shown to colleagues').inputValue()).toBe('Arta Demo');

    await page.getByLabel('Username').fill('arta.demo');
    await page.getByRole('button', { name: 'Add user' }).click();
    const created = page.getByRole('status').filter({ hasText: 'Account arta.demo created' });
    await created.waitFor();
    expect((await created.locator('code').textContent())?.length).toBeGreaterThan(8);
    await page.getByRole('rowheader', { name: /arta\.demo/ }).waitFor();

    await page.getByLabel('Role of arta.demo').selectOption('caseworker');
    await expect.poll(() => page.getByLabel('Role of arta.demo').inputValue()).toBe('caseworker');
    await page.reload();
    expect(await page.getByLabel('Role of arta.demo').inputValue()).toBe('caseworker');
    const row = page.getByRole('row', { name: new RegExp(caseworker.username) });
    await row.getByRole('button', { name: 'New password and second factor' }).click();
    await page.getByRole('status').filter({ hasText: 'sets up a second factor again' }).waitFor();
    await row.getByText('None yet').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-users-en');
  });

  it('creates a team and adds a member', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Teams' }).click();
    await page.getByLabel('Team name').fill('Vlora');
    await page.getByRole('button', { name: 'Add team' }).click();
    const team = page.getByRole('region', { name: 'Vlora' });
    await team.getByLabel('Add a member').selectOption({ label: 'arta.demo (Arta Demo)' });
    await team.getByRole('button', { name: 'Add to team' }).click();
    await team.getByRole('button', { name: 'Remove arta.demo from Vlora' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-teams-en');
  });

  it('browses a HURIDOCS list in the current language and adds a local term', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Vocabularies' }).click();
    await page.getByRole('link', { name: 'types_of_acts' }).click();
    await page.getByRole('heading', { level: 1, name: 'types_of_acts' }).waitFor();
    await page.getByLabel('Label in English').fill('Slander campaign against leavers');
    await page.getByLabel('Label in Persian').fill('کارزار افترا علیه جداشدگان');
    await page.getByRole('button', { name: 'Add term' }).click();
    const term = page.getByRole('listitem').filter({ hasText: 'Slander campaign against leavers' });
    await term.getByText('local', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-vocabulary-en');

    await page.getByRole('button', { name: 'فارسی' }).click();
    await page.getByRole('listitem').filter({ hasText: 'کارزار افترا علیه جداشدگان' }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-vocabulary-fa');
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('is not offered to a lawyer, and the server refuses the lawyer anyway', async () => {
    const other = await openBrowser();
    try {
      await other.page.goto(`${server.origin}/login`);
      await signIn(other.page, server, lawyer);
      expect(await other.page.getByRole('link', { name: 'Users' }).count()).toBe(0);
      await other.page.goto(`${server.origin}/admin/users`);
      await other.page.getByText('This could not be loaded. Try again.').waitFor();
      expect(await other.page.getByRole('table').count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
