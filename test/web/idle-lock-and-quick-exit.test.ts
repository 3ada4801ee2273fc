import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/harness.js';
import { openBrowser } from './support/browser.js';
import { signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe('a screen someone else might glance at', () => {
  let server: WebServer;
  let lawyer: TestUser;
  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
  });
  afterAll(() => server.close());

  it('locks after ten idle minutes: the content leaves the page until the password is given again', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.clock.install();
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, lawyer);
      await page.getByRole('heading', { name: 'My open cases' }).waitFor();
      await page.clock.fastForward('10:05');
      await page.getByRole('heading', { name: 'Locked' }).waitFor();
      expect(await page.getByText('My open cases').count()).toBe(0);
      expect(await page.locator('main').innerHTML()).not.toContain('cases');
      // Still locked after a reload.
      await page.reload();
      await page.getByRole('heading', { name: 'Locked' }).waitFor();
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByText('this is not right').waitFor();
      await page.getByLabel('Password').fill(lawyer.password);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByRole('heading', { name: 'My open cases' }).waitFor();
    } finally {
      await browser.close();
    }
  });

  it('quick exit (Escape three times) empties the page, ends the session, and Back does not return', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, lawyer);
      await page.getByRole('link', { name: 'Sessions' }).click();
      await page.getByRole('heading', { name: 'Your sessions' }).waitFor();
      const ended = page.waitForRequest((req) => req.url().endsWith('/api/session') && req.method() === 'DELETE');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await ended;
      await page.waitForURL('about:blank');
      expect(await page.content()).not.toContain('session');
      await page.goBack();
      await page.waitForLoadState('load');
      if (page.url().startsWith(server.origin)) {
        // Back reached the application: it is signed out and shows nothing of the work.
        await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      }
      expect(await page.getByText('Your sessions').count()).toBe(0);
      expect(await page.getByText('My open cases').count()).toBe(0);
      const storage = await page.evaluate('sessionStorage.length + localStorage.length');
      expect(storage).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
