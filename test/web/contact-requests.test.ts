import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCase } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const text = (key: string) => message('en', 'contact', key);
const save = message('en', 'forms', 'save');

/** Fill the form of a new request (all fictional); `names` empty leaves the person sought unnamed. */
async function fillRequest(where: Locator, relationship: string, names: string): Promise<void> {
  await where.getByLabel(text('field.receivedOn')).fill('2026-10-20');
  await where.getByLabel(text('field.requesterName')).fill('Shirin Example');
  await where.getByLabel(text('field.relationship')).fill(relationship);
  await where.getByLabel(text('field.country')).fill('de');
  await where.getByLabel(text('field.contact')).fill('+49 30 555 0199 (fictional)');
  await where.getByLabel(text('field.names')).fill(names);
}

/** Open a request of a list by the relationship of who asks. */
const openRequest = (where: Locator, relationship: string) =>
  where.getByRole('button', { name: `${text('list.from')} ${relationship}` }).click();

/** Take a step that needs only its date (today, as the form proposes). */
async function datedStep(where: Locator, step: string): Promise<void> {
  await where.getByRole('button', { name: text(`steps.${step}`) }).click();
  await where.getByRole('button', { name: save }).click();
}

async function signedIn(server: WebServer, user: TestUser): Promise<Browser> {
  const browser = await openBrowser();
  await browser.page.goto(`${server.origin}/login`);
  await signIn(browser.page, server, user);
  return browser;
}

const panelOf = (page: Page) =>
  page.locator('section.panel').filter({ has: page.getByRole('heading', { name: text('panel.title') }) });

describe('family contact requests in the browser', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let otherTeam: TestUser;
  let kase: { id: string; clientId: string; code: string };

  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer', { teams: ['tirana'] });
    otherTeam = await server.h.user('lawyer', { teams: ['shkoder'] });
    kase = await newCase(server.h, lawyer, 'Navid', 'Example');
  });
  afterAll(() => server.close());

  it('records a request on the home panel, keeps what was typed when refused, finds and matches the client', async () => {
    const browser = await signedIn(server, lawyer);
    const { page } = browser;
    try {
      const panel = panelOf(page);
      await panel.getByText(text('panel.none')).waitFor();
      await panel.getByRole('button', { name: text('add') }).click();
      await fillRequest(panel, 'mother', '');
      await panel.getByRole('button', { name: save }).click();
      // Refused here with the API's own rule, beside the field; nothing typed is lost.
      await panel.getByText(message('en', 'common', 'validation.too_small')).waitFor();
      expect(await panel.getByLabel(text('field.requesterName')).inputValue()).toBe('Shirin Example');
      await panel.getByLabel(text('field.names')).fill('Navid Example\nنوید');
      await panel.getByRole('button', { name: save }).click();

      await openRequest(panel, 'mother');
      await panel.getByText('+49 30 555 0199 (fictional)').waitFor();
      await panel.getByText(text('detail.notMatched')).waitFor();
      await panel.getByRole('button', { name: text('steps.search') }).click();
      await panel.getByRole('button', { name: text('steps.runSearch') }).click();
      await panel.getByLabel(text('steps.candidate')).waitFor();
      await panel.getByRole('button', { name: text('steps.match') }).click();
      await panel.getByText(text('statuses.possible_match_found')).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'contact-panel-en');

      // The case of the client shows it, and the steps go on from there.
      await page.goto(`${server.origin}/cases/${kase.id}`);
      const section = page.locator('#case-contactRequests');
      await openRequest(section, 'mother');
      await datedStep(section, 'consultation');
      await section.getByText(text('detail.consultedOn')).waitFor();

      await section.getByRole('button', { name: text('steps.answer') }).click();
      await section.getByRole('button', { name: save }).click();
      // Consent must say what may be told: refused before sending, beside the group of fields.
      await section
        .getByRole('alert')
        .filter({ hasText: message('en', 'common', 'validation.custom') })
        .waitFor();
      await section.getByLabel(text('steps.wellbeing')).selectOption('yes');
      await section.getByLabel(text('steps.sharedMessage')).fill('I am well and will write.');
      await section.getByRole('button', { name: save }).click();
      await section.getByText(text('detail.wellbeing')).waitFor();

      await datedStep(section, 'contactMade');
      await section.getByText(text('detail.contactMadeOn')).waitFor();
      await datedStep(section, 'close');
      await section.getByText(text('detail.closedOn')).waitFor();
      expect(await section.getByRole('button', { name: text('steps.close') }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'contact-case-section-en');

      // Closed, it no longer waits on the home panel.
      await page.goto(`${server.origin}/`);
      await panelOf(page).getByText(text('panel.none')).waitFor();
      expect(browser.problems.filter((p) => !p.includes('status of 401'))).toEqual([]);
    } catch (err) {
      await screenshot(page, 'contact-failed-en');
      throw new Error(`${String(err)}\nin the page: ${browser.problems.join('\n')}`);
    } finally {
      await browser.close();
    }
  });

  it('records a request from the case, matched to its client at once', async () => {
    const browser = await signedIn(server, lawyer);
    const { page } = browser;
    try {
      await page.goto(`${server.origin}/cases/${kase.id}`);
      const section = page.locator('#case-contactRequests');
      await section.getByRole('button', { name: text('add') }).click();
      await fillRequest(section, 'brother', 'Navid Example');
      await section.getByRole('button', { name: save }).click();
      await openRequest(section, 'brother');
      await section.getByText(text('detail.matched')).waitFor();
      expect(await section.getByText(text('statuses.possible_match_found')).count()).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });

  it('shows nothing of them to a lawyer of another team', async () => {
    const browser = await signedIn(server, otherTeam);
    const { page } = browser;
    try {
      const panel = panelOf(page);
      await panel.getByText(text('panel.none')).waitFor();
      expect(await panel.getByRole('button', { name: `${text('list.from')} brother` }).count()).toBe(0);
      await page.goto(`${server.origin}/cases/${kase.id}`);
      await page.getByRole('heading', { name: message('en', 'common', 'notFound.title') }).waitFor();
      expect(await page.locator('#case-contactRequests').count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
