import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FULL_NAME_PARTS, LEAVER, storyMeeting, type StoryMeeting } from '../reports/meeting-report-story.js';
import { axeViolations, openBrowser, screenshot, type Browser } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

const text = (key: string) => message('en', 'reports', key);

describe('the meeting report screen', () => {
  let server: WebServer;
  let story: StoryMeeting;

  beforeAll(async () => {
    server = await startWebServer();
    story = await storyMeeting(server.h);
  });
  afterAll(() => server.close());

  it('a lawyer writes the report of the meeting held, resolves the name the check finds, and publishes it with initials', async () => {
    const browser: Browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, story.lawyer);
      await page.goto(`${server.origin}/cases/${story.leaver.caseId}`);
      await page
        .locator('#case-engagements')
        .getByRole('link', { name: text('open') })
        .click();
      await page.getByRole('heading', { level: 1, name: text('title') }).waitFor();

      await page.getByLabel(text('fields.title')).fill('Meeting with the refugee agency on 9 October');
      await page
        .getByLabel(text('fields.body'))
        .fill(`${LEAVER.latin} described the support he receives and the threats against leavers.`);
      await page.getByLabel(text('fields.conclusions')).fill('The agency should state in writing whom it pays.');
      await page.getByRole('button', { name: text('text.create') }).click();

      // The client's full name in the free text is found and highlighted, with whose it is.
      const hit = page.locator('mark.hit', { hasText: LEAVER.latin });
      await hit.waitFor();
      const listed = page.locator('.hits > li', { hasText: LEAVER.latin });
      expect(await listed.textContent()).toContain(`${text('hitKinds.name')} K. Z.`);

      // Marking it publishable is refused with the server's reason while the hit stands.
      await page.getByRole('button', { name: text('status.to.publishable') }).click();
      const refusal = page.getByRole('alert').filter({ hasText: text('status.refused') });
      await refusal.waitFor();
      expect(await refusal.textContent()).toContain('unresolved');
      expect(await page.getByRole('link', { name: text('downloads.publication.html') }).count()).toBe(0);

      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'meeting-report-en');

      // Resolved in place: replaced by the client's initials, offered first.
      await listed.getByRole('button', { name: text('resolve.replaced.open') }).click();
      expect(await listed.getByLabel(text('resolve.replaced.label')).inputValue()).toBe('K. Z.');
      await listed.getByRole('button', { name: text('resolve.replaced.submit') }).click();
      await page.locator('mark.hit.resolved', { hasText: LEAVER.latin }).waitFor();
      await listed.getByText(text('resolution.replacedBy')).waitFor();

      await page.getByRole('button', { name: text('status.to.publishable') }).click();
      await page.getByText(text('status.publishable'), { exact: true }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: text('downloads.publication.html') }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^meeting-report-.*-en\.html$/);
      const html = await readFile(await download.path(), 'utf8');
      expect(html).toContain('K. Z. described the support he receives');
      for (const part of FULL_NAME_PARTS) expect(html).not.toContain(part);

      // In Persian the page reads right to left, the highlighted text kept in its own direction.
      await page.getByRole('button', { name: 'فارسی' }).click();
      await page.getByRole('heading', { level: 1, name: message('fa', 'reports', 'title') }).waitFor();
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'meeting-report-fa');
      // Expected answers only: 401 before signing in, 404 for the report not yet written, 400 for the refusal.
      expect(browser.problems.filter((p) => !/responded with a status of (400|401|404)\b/.test(p))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('shows a lawyer who is not on the case the not-found page for the report', async () => {
    const outsider = await server.h.user('lawyer', { teams: ['Shkodër legal aid'] });
    const browser = await openBrowser();
    try {
      const { page } = browser;
      await page.goto(`${server.origin}/login`);
      await signIn(page, server, outsider);
      await page.goto(`${server.origin}/engagements/${story.engagementId}/report`);
      await page.getByRole('heading', { level: 1, name: message('en', 'common', 'notFound.title') }).waitFor();
      expect(await page.locator('main').textContent()).not.toContain('K. Z.');
    } finally {
      await browser.close();
    }
  });
});
