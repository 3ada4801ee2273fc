import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectStatus, newCase, newOrganization } from '../casework/support.js';
import type { TestUser } from '../support/harness.js';
import { axeViolations, openBrowser, screenshot } from './support/browser.js';
import { message, signIn } from './support/sign-in.js';
import { startWebServer, type WebServer } from './support/web-server.js';

/** HURIDOCS types of acts: "Threats against the victim's family". */
const THREATS = '02010301020004';

/** What the lawyer types, in the language of the run (all fictional). */
const WORDS = {
  en: {
    latin: 'Dara Samani',
    persian: 'دارا سامانی',
    subject: 'Meeting about support for leavers',
    place: 'Agency office, Tirana',
    question: 'Who pays the monthly support of the leavers?',
    note: 'The agency says it stopped paying in 2016.',
    topic: 'Who pays the monthly support',
    claim: 'The agency pays 500 EUR a month.',
    basis: 'case by case',
    incident: 'Threats after leaving',
    description: 'Threatened with slander and blackmail after leaving; contact with family banned.',
    word: 'blackmail',
    purpose: 'Social needs and integration training',
    relationship: 'mother',
    requester: 'A relative (example)',
  },
  fa: {
    latin: 'Kaveh Rostami',
    persian: 'کاوه رستمی',
    subject: 'دیدار دربارهٔ حمایت از جداشدگان',
    place: 'دفتر نهاد، تیرانا',
    question: 'چه کسی حمایت ماهانهٔ جداشدگان را می‌پردازد؟',
    note: 'نهاد می‌گوید از ۲۰۱۶ پرداخت را قطع کرده است.',
    topic: 'چه کسی حمایت ماهانه را می‌پردازد',
    claim: 'نهاد ماهانه ۵۰۰ یورو می‌پردازد.',
    basis: 'موردی',
    incident: 'تهدید پس از جدایی',
    description: 'پس از جدایی با افترا و اخاذی تهدید شد؛ تماس با خانواده ممنوع شد.',
    word: 'اخاذی',
    purpose: 'نیازهای اجتماعی و آموزش ادغام',
    relationship: 'مادر',
    requester: 'یکی از خویشاوندان (نمونه)',
  },
} as const;
type Language = keyof typeof WORDS;

describe('the story of a lawyer, in the browser', () => {
  let server: WebServer;
  let agency: string;
  let ngo: string;
  beforeAll(async () => {
    server = await startWebServer();
    const { h } = server;
    const colleague = await h.user('lawyer', { teams: ['shkoder'] });
    agency = await newOrganization(h, colleague, 'un_agency', 'Refugee Agency Office (example)');
    ngo = await newOrganization(h, colleague, 'ngo', 'Partner NGO (example)');
    // Both clients of the story are already recorded on a colleague's case: registering them warns.
    for (const language of ['en', 'fa'] as const) {
      const [given = '', family = ''] = WORDS[language].latin.split(' ');
      await newCase(h, colleague, given, family);
    }
  });
  afterAll(() => server.close());

  async function story(language: Language): Promise<void> {
    const w = WORDS[language];
    const c = (key: string) => message(language, 'case', key);
    const save = message(language, 'forms', 'save');
    const lawyer: TestUser = await server.h.user('lawyer', { teams: [`tirana-${language}`] });
    const browser = await openBrowser();
    const { page } = browser;
    const checked = async (name: string) => {
      expect(await axeViolations(page), name).toEqual([]);
      await screenshot(page, `${name}-${language}`);
    };
    try {
      // Log in with the second factor, in the language of the run.
      await page.goto(`${server.origin}/login`);
      if (language === 'fa') await page.getByRole('button', { name: 'فارسی' }).click();
      await signIn(page, server, lawyer, language);
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'fa' ? 'rtl' : 'ltr');
      await checked('story-home');

      // Register the client: the duplicate warning first, then register anyway.
      await page.goto(`${server.origin}/cases/new`);
      await page.getByLabel(c('register.latinName')).fill(w.latin);
      await page.getByLabel(c('register.persianName')).fill(w.persian);
      await page.getByLabel(c('register.nationality')).fill('IR');
      await page.getByRole('button', { name: c('register.submit') }).click();
      await page.getByRole('heading', { name: c('register.duplicate.title') }).waitFor();
      await checked('story-duplicate-warning');
      await page.getByRole('button', { name: c('register.anyway') }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      const caseId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (language === 'fa') {
        // The Solar Hijri date beside the Gregorian: the case was opened today.
        const solarYear = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric' }).format(new Date());
        const opened = await page.locator('main time').first().textContent();
        expect(opened).toContain(solarYear.replace(/\D*$/, ''));
        expect(opened).toContain(new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { year: 'numeric' }).format(new Date()));
      }

      const section = (name: string) => page.locator(`#case-${name}`);
      const submit = (where: Locator) => where.getByRole('button', { name: save }).click();

      // A note, the source of the claims.
      const notes = section('notes');
      await notes.getByRole('button', { name: c('notes.add') }).click();
      await notes.getByLabel(c('notes.body')).fill(w.note);
      await submit(notes);
      await notes.getByText(w.note).waitFor();

      // The meeting: requested on 27 September, held on 9 October, and its minutes.
      const meetings = section('engagements');
      await meetings.getByRole('button', { name: c('engagements.add') }).click();
      await meetings.getByLabel(c('engagements.organization')).selectOption(agency);
      await meetings.getByLabel(c('engagements.requestedOn')).fill('2026-09-27');
      await meetings.getByLabel(c('engagements.subject')).fill(w.subject);
      await submit(meetings);
      await meetings.getByRole('button', { name: w.subject }).click();
      await meetings.getByRole('button', { name: c('engagements.recordOutcome') }).click();
      await meetings.getByLabel(c('engagements.outcomeOn')).fill('2026-10-09');
      await meetings.getByLabel(c('engagements.place'), { exact: true }).fill(w.place);
      await submit(meetings);
      await meetings.getByText(w.place).waitFor();
      await meetings.getByRole('button', { name: c('engagements.addMinutes') }).click();
      await meetings.getByLabel(c('engagements.speaker')).selectOption('me');
      await meetings.getByLabel(c('engagements.text')).fill(w.question);
      await submit(meetings);
      await meetings.getByText(w.question).waitFor();

      // The claims: what the agency asserted, from the note.
      const claims = section('claims');
      await claims.getByRole('button', { name: c('claims.addTopic') }).click();
      await claims.getByLabel(c('claims.topic')).fill(w.topic);
      await submit(claims);
      await claims.getByText(w.topic).waitFor();
      await claims.getByRole('button', { name: c('claims.add') }).click();
      await claims.getByLabel(c('claims.assertedBy')).selectOption(agency);
      await claims.getByLabel(c('claims.assertedOn')).fill('2026-10-09');
      await claims.getByLabel(c('claims.statement')).fill(w.claim);
      await claims.getByLabel(c('claims.source')).selectOption({ index: 1 });
      await submit(claims);
      await claims.getByText(w.claim).waitFor();

      // The support: 500 EUR a month from the agency, case by case.
      const support = section('support');
      await support.getByRole('button', { name: c('support.addEntitlement') }).click();
      await support.getByLabel(c('support.provider')).selectOption(agency);
      await support.getByLabel(c('support.amount'), { exact: true }).fill('500');
      await support.getByLabel(c('support.startsOn')).fill('2026-10-01');
      await support.getByLabel(c('support.basis')).fill(w.basis);
      await submit(support);
      await support.getByRole('cell', { name: w.basis }).waitFor();

      // An incident with its evidence.
      const incidents = section('incidents');
      await incidents.getByRole('button', { name: c('incidents.add') }).click();
      await incidents.getByLabel(c('incidents.title')).fill(w.incident);
      await incidents.getByLabel(c('incidents.start')).fill('2026-08-15');
      await incidents.getByLabel(c('incidents.description')).fill(w.description);
      await incidents.getByLabel(c('incidents.act')).selectOption(THREATS);
      await submit(incidents);
      await incidents.getByText(w.incident).waitFor();
      await incidents.getByRole('button', { name: c('incidents.upload') }).click();
      await incidents.getByLabel(c('incidents.file'), { exact: true }).setInputFiles({
        name: 'message.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('You will regret leaving. (fictional)\n'),
      });
      await incidents.getByLabel(c('incidents.fileDescription')).fill('message.txt');
      const [uploaded] = await Promise.all([
        page.waitForResponse(
          (r) => /\/api\/incidents\/[^/]+\/evidence$/.test(r.url()) && r.request().method() === 'POST',
        ),
        submit(incidents),
      ]);
      expect(uploaded.status()).toBe(201);
      // Hashed at intake. (The case page lists only evidence filed on the case itself, so this file is
      // checked through the incident's own list.)
      const kept = expectStatus<{ items: { originalName: string; sha256: string }[] }>(
        await call(server.h, lawyer, 'GET', new URL(uploaded.url()).pathname),
        200,
      );
      expect(kept.items.map((e) => e.originalName)).toEqual(['message.txt']);

      // A referral to the partner NGO, with the client's consent.
      const referrals = section('referrals');
      await referrals.getByRole('button', { name: c('referrals.add') }).click();
      await referrals.getByLabel(c('referrals.to')).selectOption(ngo);
      await referrals.getByLabel(c('referrals.sentOn')).fill('2026-10-10');
      await referrals.getByLabel(c('referrals.purpose')).fill(w.purpose);
      await referrals.getByLabel(c('referrals.consentOn')).fill('2026-10-09');
      await submit(referrals);
      await referrals.getByText(w.purpose).waitFor();
      await checked('story-case');

      // A family contact request, received by the lawyer's team: recorded on the home panel, the
      // records searched for the person sought, and the client matched.
      const k = (key: string) => message(language, 'contact', key);
      await page.goto(`${server.origin}/`);
      const contact = page
        .locator('section.panel')
        .filter({ has: page.getByRole('heading', { name: k('panel.title') }) });
      await contact.getByRole('button', { name: k('add') }).click();
      await contact.getByLabel(k('field.receivedOn')).fill('2026-10-20');
      await contact.getByLabel(k('field.requesterName')).fill(w.requester);
      await contact.getByLabel(k('field.relationship')).fill(w.relationship);
      await contact.getByLabel(k('field.country')).fill('IR');
      await contact.getByLabel(k('field.contact')).fill('+98 21 555 0100');
      await contact.getByLabel(k('field.names')).fill(`${w.latin}\n${w.persian}`);
      await submit(contact);
      await contact.getByRole('button', { name: `${k('list.from')} ${w.relationship}` }).click();
      await contact.getByRole('button', { name: k('steps.search') }).click();
      await contact.getByRole('button', { name: k('steps.runSearch') }).click();
      await contact.getByRole('button', { name: k('steps.match') }).click();
      await contact.getByText(k('statuses.possible_match_found')).first().waitFor();
      await checked('story-contact-request');

      // Find it all again by search: the incident and its case.
      await page
        .getByRole('navigation', { name: message(language, 'nav', 'label') })
        .getByRole('link', {
          name: message(language, 'nav', 'area.search'),
        })
        .click();
      await page.getByLabel(message(language, 'search', 'filter.q')).fill(w.word);
      await page.getByRole('button', { name: message(language, 'search', 'submit') }).click();
      const results = page.locator('.result-list > li');
      await results.filter({ hasText: w.incident }).waitFor();
      await checked('story-search');
      await results.filter({ hasText: w.incident }).getByRole('link').first().click();
      await page.waitForURL(`**/cases/${caseId}`);
      await section('incidents').getByText(w.incident).waitFor();
      // The request matched to the client is on the case too.
      await section('contactRequests')
        .getByRole('button', { name: `${k('list.from')} ${w.relationship}` })
        .waitFor();
      // Nothing went wrong in the page (the 401 is the session check before signing in).
      expect(browser.problems.filter((p) => !p.includes('status of 401'))).toEqual([]);
    } catch (err) {
      await screenshot(page, `story-failed-${language}`);
      throw new Error(`${String(err)}\nin the page: ${browser.problems.join('\n')}`);
    } finally {
      await browser.close();
    }
  }

  it('in English', () => story('en'));
  it('in Persian, right to left with the Solar Hijri date', () => story('fa'));
});
