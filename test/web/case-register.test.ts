import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCase } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const text = (key: string, language = 'en') => message(language, 'case', key);

describe('registering a client', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let existing: { id: string; code: string };
  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
    existing = await newCase(server.h, lawyer, 'Dritan', 'Imagined');
  });
  afterAll(() => server.close());

  it('warns of a person likely recorded already, keeps what was typed, then registers on request', async () => {
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, lawyer);
      await page.goto(`${server.origin}/cases/new`);
      await page.getByRole('heading', { level: 1, name: text('register.title') }).waitFor();

      // A nationality that is not a country code: the API's rule next to the field.
      await page.getByLabel(text('register.latinName')).fill('Dritan Imagined');
      await page.getByLabel(text('register.nationality')).fill('Albania');
      await page.getByRole('button', { name: text('register.submit') }).click();
      expect(await page.getByLabel(text('register.nationality')).getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel(text('register.latinName')).inputValue()).toBe('Dritan Imagined');

      await page.getByLabel(text('register.nationality')).fill('AL');
      await page.getByRole('button', { name: text('register.submit') }).click();
      const warning = page.getByRole('alert').filter({ hasText: text('register.duplicate.title') });
      await warning.waitFor();
      expect(await warning.getByRole('link', { name: text('register.duplicate.open') }).getAttribute('href')).toBe(
        `/cases/${existing.id}`,
      );
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'register-duplicate-en');

      await page.getByRole('button', { name: text('register.anyway') }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(text('title')) }).waitFor();
      expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
      expect(page.url()).not.toContain(existing.id);
    } finally {
      await browser.close();
    }
  });
});
