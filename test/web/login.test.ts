import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot } from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe('signing in with the second factor', () => {
  let server: WebServer;
  let lawyer: TestUser;
  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
  });
  afterAll(() => server.close());

  it('in English: password, then the authenticator code, to the home page; no accessibility violation', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'login-en');
      await signIn(page, server, lawyer);
      await page.getByRole('heading', { name: 'My open cases' }).waitFor();
      await page.getByText('No open cases.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'home-en');
    } finally {
      await browser.close();
    }
  });

  it('in Persian: the page is right to left and shows the Solar Hijri date beside the Gregorian', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await page.getByRole('button', { name: 'فارسی' }).click();
      await page.getByRole('heading', { name: 'ورود' }).waitFor();
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.getAttribute('html', 'lang')).toBe('fa');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'login-fa');
      await signIn(page, server, lawyer, 'fa');
      const solarYear = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric' }).format(new Date());
      const gregorianYear = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { year: 'numeric' }).format(new Date());
      const today = await page.locator('main time').first().textContent();
      expect(today).toContain(solarYear.replace(/\D*$/, ''));
      expect(today).toContain(gregorianYear);
      // Counts in the locale's digits: the 30-day horizon of the support panel.
      await page.getByRole('heading', { name: /۳۰/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'home-fa');
    } finally {
      await browser.close();
    }
  });

  it('refuses a wrong code and stays on the second step', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await page.getByLabel('Username').fill(lawyer.username);
      await page.getByLabel('Password', { exact: true }).fill(lawyer.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('Code from the authenticator app').fill('12');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Not in the expected form').waitFor();
      expect(new URL(page.url()).pathname).toBe('/login/second-factor');
    } finally {
      await browser.close();
    }
  });
});
