import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus, newCase } from '../casework/support.js';
import { T } from '../incidents/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, type Browser } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const home = (key: string, language = 'en') => message(language, 'home', key);
const text = (key: string) => message('en', 'case', key);

describe('the home page: consents to record, and registering a client', () => {
  let server: WebServer;
  let lawyer: TestUser;
  let kase: { id: string; clientId: string; code: string };
  let browser: Browser;

  const incident = async (title: string) =>
    expectStatus<{ id: string }>(
      await call(server.h, lawyer, 'POST', '/api/incidents', {
        caseIds: [kase.id],
        title,
        start: { value: '2026-03', precision: 'month' },
        description: 'Messages threatening slander were received.',
        acts: [{ type: T.threatsAgainstVictim, victim: { personId: kase.clientId } }],
      }),
      201,
    );

  beforeAll(async () => {
    server = await startWebServer();
    lawyer = await server.h.user('lawyer');
    kase = await newCase(server.h, lawyer, 'Arman', 'Example');
    await incident('Threats after leaving');
    const answered = await incident('Followed to the market');
    const consent = { purpose: 'internal_only', givenBy: kase.clientId, givenOn: '2026-03-20', method: 'oral' };
    expectStatus(await call(server.h, lawyer, 'POST', `/api/incidents/${answered.id}/consents`, consent), 201);
    browser = await openBrowser();
    await browser.page.goto(`${server.origin}/login`);
    await signIn(browser.page, server, lawyer);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('lists the incidents whose victims have not said how their account may be used, linked to the case', async () => {
    const { page } = browser;
    const panel = page.getByRole('region', { name: home('consents.title') });
    const item = panel.getByRole('listitem').filter({ hasText: 'Threats after leaving' });
    await item.waitFor();
    expect(await panel.textContent()).not.toContain('Followed to the market');
    expect(await item.textContent()).toContain(home('consents.from'));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'فارسی' }).click();
    await page.getByRole('region', { name: home('consents.title', 'fa') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();

    await item.getByRole('link', { name: kase.code }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(kase.code) }).waitFor();
  });

  it('no longer lists the incident once the client’s consent is recorded on the case page', async () => {
    const { page } = browser;
    const incident = page.locator('#case-incidents li').filter({ hasText: 'Threats after leaving' }).first();
    await incident.getByRole('button', { name: text('consents.add') }).click();
    const purpose = text('consents.purpose').split('{{client}}')[1]?.trim() ?? '';
    await incident.getByLabel(purpose).selectOption('anonymous_advocacy');
    await incident.getByLabel(text('consents.givenOn')).fill('2026-03-21');
    await incident.getByRole('button', { name: message('en', 'forms', 'save') }).click();
    await incident.getByRole('button', { name: text('consents.add') }).waitFor();

    await page.goto(`${server.origin}/`);
    const panel = page.getByRole('region', { name: home('consents.title') });
    await panel.getByText(home('consents.none')).waitFor();
  });

  it('offers registering a new client in the navigation to whoever may', async () => {
    const { page } = browser;
    await page
      .getByRole('navigation', { name: message('en', 'nav', 'label') })
      .getByRole('link', { name: message('en', 'nav', 'area.newClient') })
      .click();
    await page.waitForURL(`${server.origin}/cases/new`);
  });
});
