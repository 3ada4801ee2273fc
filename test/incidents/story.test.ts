import { createHash } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapDataKey, writeKeyfile } from '../../src/security/keyfile.js';
import { runCli } from '../durability/server-process.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { brother, call, openCase, organization, photoWithGps, T, upload } from './support.js';

const PASSPHRASE = 'fictional evidence passphrase';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * The abuses a leaver of the organization describes to the lawyer: blackmail and threats of
 * slander by the organization, surveillance by its network, the ban on contact with the family
 * and expulsion, and relatives detained and threatened by police when they came to visit. Every
 * name is fictional.
 */
describe('documenting the abuses of the story', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseworker: TestUser;
  let admin: TestUser;
  let outsider: TestUser;
  let caseId: string;
  let clientId: string;
  let brotherId: string;
  let movement: string;
  let police: string;
  let office: string;
  const local: Record<'blackmail' | 'expulsion' | 'familyBan', string> = {
    blackmail: '',
    expulsion: '',
    familyBan: '',
  };
  const incidents: Record<'blackmail' | 'surveillance' | 'familyBan' | 'detention', string> = {
    blackmail: '',
    surveillance: '',
    familyBan: '',
    detention: '',
  };

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    caseworker = await h.user('caseworker');
    admin = await h.user('admin');
    outsider = await h.user('lawyer');
    const kase = await openCase(h, lawyer, [caseworker]);
    caseId = kase.id;
    clientId = kase.clientId;
    brotherId = (await call(h, lawyer, 'POST', `/api/cases/${caseId}/people`, brother)).id;
    movement = await organization(h, lawyer, 'former_organization', 'Fictional Closed Movement');
    police = await organization(h, lawyer, 'police', 'Fictional Border Police');
    office = await organization(h, lawyer, 'law_firm', 'Fictional Legal Aid Office');
  });
  afterAll(() => h.close());

  it('lets an administrator add the local terms the story needs, beside the HURIDOCS ones', async () => {
    const add = (parent: string, labels: object) =>
      call(h, admin, 'POST', '/api/vocabularies/types_of_acts/terms', { parent, labels });
    const blackmail = await add(T.threats, { en: 'Blackmail', sq: 'Shantazh', fa: 'باج‌گیری' });
    const expulsion = await add(T.associationActs, {
      en: 'Expulsion from the organization',
      sq: 'Përjashtim nga organizata',
      fa: 'اخراج از سازمان',
    });
    const familyBan = await add(T.familyActs, {
      en: 'Prohibition of contact with family',
      sq: 'Ndalim i kontaktit me familjen',
      fa: 'ممنوعیت تماس با خانواده',
    });
    expect([blackmail.vocabNumber, expulsion.vocabNumber, familyBan.vocabNumber]).toEqual([
      'L04-00001',
      'L04-00002',
      'L04-00003',
    ]);
    Object.assign(local, {
      blackmail: blackmail.vocabNumber,
      expulsion: expulsion.vocabNumber,
      familyBan: familyBan.vocabNumber,
    });

    const fa = await call(h, lawyer, 'GET', '/api/vocabularies/types_of_acts?locale=fa');
    const integrity = fa.terms.find((t: { vocabNumber: string }) => t.vocabNumber === '02000000000004');
    const threats = integrity.children[0].children
      .find((t: { vocabNumber: string }) => t.vocabNumber === '02010300000004')
      .children.find((t: { vocabNumber: string }) => t.vocabNumber === T.threats);
    expect(threats).toMatchObject({ label: 'تهدید (به‌جز تهدید به مرگ)', locale: 'fa', origin: 'huridocs' });
    expect(threats.children.map((t: { label: string }) => t.label)).toEqual([
      'تهدید علیه قربانی',
      'تهدید علیه خانواده قربانی',
      'تهدید علیه دوستان و همکاران قربانی',
      'باج‌گیری',
    ]);
    const sq = await call(h, lawyer, 'GET', '/api/vocabularies/rights_typology?locale=sq');
    const civil = sq.terms.find((t: { vocabNumber: string }) => t.vocabNumber === '01000000000003');
    expect(civil.children.find((t: { vocabNumber: string }) => t.vocabNumber === T.rightFamilyLife)).toMatchObject({
      label: 'Respektimi i jetës familjare (E drejta për)',
      locale: 'sq',
    });
    // A term with no Albanian label is shown in English, and says so.
    expect(civil.children.find((t: { vocabNumber: string }) => t.vocabNumber === '01070000000003')).toMatchObject({
      label: 'Name (Right to a)',
      locale: 'en',
    });
  });

  it('records the four incidents, classified with HURIDOCS terms and the rights affected', async () => {
    const blackmail = await call(h, lawyer, 'POST', '/api/incidents', {
      caseIds: [caseId],
      title: 'Blackmail and threats of slander after leaving',
      start: { value: '2023-03', precision: 'month' },
      country: 'AL',
      description:
        'After he left, a former superior demanded that he return and keep silent about the organization, ' +
        'or his private letters would be published and he would be denounced as an agent of a foreign state.',
      acts: [
        {
          type: local.blackmail,
          victim: { personId: clientId },
          perpetrator: { organizationId: movement },
          perpetratorType: T.perpCommunity,
          rights: [T.rightReputation, T.rightConscience, T.rightAssociation],
        },
        {
          type: T.threatsAgainstVictim,
          victim: { personId: clientId },
          perpetrator: { organizationId: movement },
          perpetratorType: T.perpCommunity,
          rights: [T.rightReputation],
        },
      ],
      sources: [
        {
          source: { personId: clientId },
          connection: T.victimHimself,
          reliability: T.highlyReliable,
          receivedOn: '2024-10-02',
          language: 'fa',
          statement: 'گفتند اگر برنگردم مرا جاسوس معرفی می‌کنند و نامه‌هایم را منتشر می‌کنند. این یک تهدید آشکار بود.',
        },
      ],
    });
    incidents.blackmail = blackmail.id;
    expect(blackmail.acts.map((a: { type: { label: string } }) => a.type.label)).toEqual([
      'Blackmail',
      'Threats against the victim',
    ]);
    expect(blackmail.acts[0].rights.map((r: { vocabNumber: string }) => r.vocabNumber)).toEqual(
      [T.rightAssociation, T.rightConscience, T.rightReputation].sort(),
    );
    expect(blackmail.acts[0].perpetrator).toEqual({
      personId: null,
      organizationId: movement,
      label: 'Fictional Closed Movement',
    });
    expect(blackmail.sources[0].statement).toContain('تهدید');

    const surveillance = await call(h, caseworker, 'POST', '/api/incidents?locale=sq', {
      caseIds: [caseId],
      title: 'Ndjekja nga rrjeti i organizatës',
      start: { value: '2024', precision: 'year' },
      description:
        'Anëtarë të rrjetit të organizatës e ndoqën klientin në Tiranë dhe fotografuan takimet e tij me familjen.',
      acts: [
        {
          type: T.surveillance,
          victim: { personId: clientId },
          perpetrator: { organizationId: movement },
          rights: [T.rightPrivacy, T.rightAssociation, T.rightMovement],
        },
      ],
    });
    incidents.surveillance = surveillance.id;
    expect(surveillance.acts[0].type).toEqual({ vocabNumber: T.surveillance, label: 'Mbikëqyrje', locale: 'sq' });

    const familyBan = await call(h, lawyer, 'POST', '/api/incidents', {
      caseIds: [caseId],
      title: 'Contact with family forbidden, then expulsion',
      start: { value: '2019-06-01', precision: 'approximate' },
      end: { value: '2022-11', precision: 'month' },
      description:
        'Members were forbidden any contact with their families. When he was found to have called his mother ' +
        'he was expelled and called an agent of a foreign state before the other members.',
      acts: [
        {
          type: local.familyBan,
          victim: { personId: clientId },
          perpetrator: { organizationId: movement },
          rights: [T.rightFamilyLife, T.rightMovement],
        },
        {
          type: local.expulsion,
          victim: { personId: clientId },
          perpetrator: { organizationId: movement },
          date: { value: '2022-11', precision: 'month' },
          rights: [T.rightAssociation, T.rightConscience],
        },
      ],
    });
    incidents.familyBan = familyBan.id;
    expect(familyBan).toMatchObject({ occurredFrom: '2019-05-17', occurredTo: '2022-11-30' });

    const detention = await call(h, lawyer, 'POST', '/api/incidents', {
      caseIds: [caseId],
      title: 'Relatives detained and threatened by police at the airport',
      start: { value: '2024-05', precision: 'month' },
      country: 'AL',
      place: 'Arrivals hall, Rinas airport; then the police station of the fictional district 9',
      description:
        'His brother and mother flew in to see him. Police held them for nine hours, threatened them and told ' +
        'them to go home without seeing him.',
      acts: [
        {
          type: T.detention,
          victim: { personId: brotherId },
          perpetrator: { organizationId: police },
          perpetratorType: T.perpPolice,
          rights: [T.rightLiberty, T.rightFamilyLife, T.rightMovement],
        },
        {
          type: T.threatsAgainstFamily,
          victim: { personId: clientId },
          perpetrator: { organizationId: police },
          perpetratorType: T.perpPolice,
          rights: [T.rightFamilyLife],
        },
      ],
      involvements: [{ party: { organizationId: police }, degree: T.directlyCarriedOut }],
      sources: [
        {
          source: { personId: brotherId },
          connection: T.relativeOfVictim,
          reliability: T.likelyReliable,
          receivedOn: '2024-06-10',
          language: 'fa',
          statement: 'پلیس ما را نه ساعت در فرودگاه نگه داشت و گفت اگر برنگردیم بازداشت می‌شویم.',
        },
      ],
      interventions: [
        { type: T.legalAid, by: { organizationId: office }, madeOn: '2024-06-12', status: T.actionPending },
      ],
    });
    incidents.detention = detention.id;
    expect(detention.hasPlace).toBe(true);
    expect(JSON.stringify(detention)).not.toContain('Rinas');
    expect(detention.acts[0].victim).toEqual({ personId: brotherId, organizationId: null, label: 'S. N.' });
    expect(detention.abilities).toEqual({
      record: true,
      'consent:record': true,
      'evidence:original': true,
      'place:reveal': true,
    });

    // The intervention moves on; then the demand for an investigation follows.
    const intervention = detention.interventions[0];
    const moved = await call(
      h,
      lawyer,
      'PATCH',
      `/api/incidents/${detention.id}/interventions/${intervention.id}?locale=fa`,
      { version: 1, status: T.someAction },
    );
    expect(moved.interventions[0].status).toEqual({
      vocabNumber: T.someAction,
      label: 'اقداماتی انجام شده و ادامه دارد',
      locale: 'fa',
    });
    const more = await call(h, lawyer, 'POST', `/api/incidents/${detention.id}/interventions`, {
      type: T.demandInvestigation,
      by: { organizationId: office },
      madeOn: '2024-07-01',
      status: T.actionPending,
    });
    expect(more.interventions).toHaveLength(2);

    const listed = await call(h, caseworker, 'GET', `/api/cases/${caseId}/incidents`);
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([
      incidents.detention,
      incidents.familyBan,
      incidents.surveillance,
      incidents.blackmail,
    ]);

    // Nothing protected is readable in the rows themselves, nor in the audit log.
    const raw = await h.store.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', detention.id)
      .executeTakeFirstOrThrow();
    for (const column of [raw.title, raw.description, raw.place!]) {
      expect(Buffer.from(column).toString('utf8')).not.toMatch(/Rinas|police|brother/i);
    }
    const audit = await h.store.db.selectFrom('audit_log').select('details').execute();
    expect(audit.map((a) => a.details).join('\n')).not.toMatch(/Rinas|blackmail|superior|نگه داشت/i);
  });

  it('reveals the place only on a reason, recorded on the case', async () => {
    const r = await call(
      h,
      lawyer,
      'POST',
      `/api/incidents/${incidents.detention}/place/reveal`,
      {
        reason: 'preparing the complaint to the ombudsperson',
      },
      200,
    );
    expect(r.place).toContain('Rinas airport');
    const refused = await h.app.inject({
      method: 'POST',
      url: `/api/incidents/${incidents.detention}/place/reveal`,
      headers: caseworker.headers,
      payload: { reason: 'curious' },
    });
    expect(refused.statusCode).toBe(404);
    const looks = await h.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'incident.place.reveal')
      .where('outcome', '=', 'ok')
      .execute();
    expect(looks.map((l) => [l.actor_id, l.case_id, l.reason])).toEqual([
      [lawyer.id, caseId, 'preparing the complaint to the ombudsperson'],
    ]);
  });

  it('finds the incidents again in English, Albanian and Persian, and by filters', async () => {
    const search = async (query: string, as: TestUser = lawyer) => {
      const r = await call(h, as, 'GET', `/api/search?${query}`);
      return r.items as { kind: string; id: string; incidentId: string | null; excerpt: string; title: string }[];
    };
    const ids = (items: { id: string }[]) => items.map((i) => i.id);

    // English: the description, and the label of the local term.
    expect(ids(await search('q=blackmail'))).toEqual([incidents.blackmail]);
    const foreign = await search(`q=${encodeURIComponent('agent foreign state')}`);
    expect(ids(foreign)).toEqual([incidents.familyBan, incidents.blackmail]);
    expect(foreign[0]!.excerpt).toContain('agent of a foreign state');

    // Albanian: with or without its letters ë and ç.
    expect(ids(await search(`q=${encodeURIComponent('fotografuan')}`))).toEqual([incidents.surveillance]);
    expect(ids(await search(`q=${encodeURIComponent('mbikeqyrje')}`))).toEqual([incidents.surveillance]);
    expect(ids(await search(`q=${encodeURIComponent('kërcënime')}`))).toEqual([
      incidents.detention,
      incidents.blackmail,
    ]);

    // Persian: the testimonies, also typed with Arabic letter forms (ي for ی).
    const threat = await search(`q=${encodeURIComponent('تهدید')}`);
    expect(threat.map((i) => [i.kind, i.incidentId])).toEqual(
      expect.arrayContaining([
        ['incident', incidents.detention],
        ['testimony', incidents.blackmail],
        ['incident', incidents.blackmail],
      ]),
    );
    const held = await search(`q=${encodeURIComponent('فرودگاه نگه داشت')}`);
    expect(held.map((i) => [i.kind, i.incidentId])).toEqual([['testimony', incidents.detention]]);
    expect(held[0]!.excerpt).toContain('فرودگاه');
    expect(held[0]!.title).toBe('Relatives detained and threatened by police at the airport');
    const spy = await search(`q=${encodeURIComponent('جاسوس')}`);
    expect(spy.map((i) => [i.kind, i.incidentId])).toEqual([['testimony', incidents.blackmail]]);
    const arabicForms = await search(`q=${encodeURIComponent('نامه‌هايم')}`);
    expect(arabicForms.map((i) => i.incidentId)).toEqual([incidents.blackmail]);

    // Filters: a term finds what is classified under it (Threats covers Blackmail, a local term
    // below it); the perpetrator; the dates; the kind.
    const threats = await search(`term=${T.threats}&kind=incident`);
    expect(ids(threats)).toEqual([incidents.detention, incidents.blackmail]);
    expect(ids(await search(`term=${T.rightFamilyLife}&kind=incident`))).toEqual([
      incidents.detention,
      incidents.familyBan,
    ]);
    expect(ids(await search(`perpetratorId=${police}&kind=incident`))).toEqual([incidents.detention]);
    expect(ids(await search(`from=2022-01-01&to=2022-12-31&kind=incident`))).toEqual([incidents.familyBan]);
    expect(ids(await search(`q=police&from=2024-01-01&to=2024-12-31`))).toEqual([incidents.detention]);

    // Someone who does not see the case finds nothing; an analyst may not search.
    expect(await search('q=blackmail', outsider)).toEqual([]);
    const analyst = await h.user('analyst');
    const r = await h.app.inject({ method: 'GET', url: '/api/search?q=blackmail', headers: analyst.headers });
    expect(r.statusCode).toBe(403);
  });

  it('keeps consent per use, and a withdrawal on record', async () => {
    const use = (purpose: string) => call(h, lawyer, 'GET', `/api/incidents/${incidents.blackmail}/uses/${purpose}`);
    expect(await use('anonymous_advocacy')).toMatchObject({ allowed: false, missing: [clientId] });
    const consented = await call(h, caseworker, 'POST', `/api/incidents/${incidents.blackmail}/consents`, {
      purpose: 'anonymous_advocacy',
      givenBy: clientId,
      givenOn: '2024-10-09',
      method: 'written',
    });
    const consent = consented.consents[0];
    expect(consent).toMatchObject({ purpose: 'anonymous_advocacy', recordedBy: caseworker.id, withdrawnOn: null });
    expect(await use('anonymous_advocacy')).toMatchObject({ allowed: true, missing: [] });
    expect(await use('internal_only')).toMatchObject({ allowed: true });
    expect(await use('public_with_name')).toMatchObject({ allowed: false, missing: [clientId] });
    expect(await use('litigation')).toMatchObject({ allowed: false });

    // The testimony is its own use: the client consents to its use in court.
    const sourceId = consented.sources[0].id;
    await call(h, lawyer, 'POST', `/api/incidents/${incidents.blackmail}/consents`, {
      purpose: 'litigation',
      givenBy: clientId,
      givenOn: '2024-10-10',
      method: 'oral',
      sourceId,
    });
    const testimony = await call(
      h,
      lawyer,
      'GET',
      `/api/incidents/${incidents.blackmail}/uses/litigation?sourceId=${sourceId}`,
    );
    expect(testimony.allowed).toBe(true);

    const withdrawn = await call(
      h,
      lawyer,
      'POST',
      `/api/incidents/${incidents.blackmail}/consents/${consent.id}/withdraw`,
      { withdrawnOn: '2025-01-15' },
      200,
    );
    expect(withdrawn.consents[0]).toMatchObject({
      id: consent.id,
      withdrawnOn: '2025-01-15',
      withdrawalRecordedBy: lawyer.id,
    });
    expect(await use('anonymous_advocacy')).toMatchObject({ allowed: false });
    // Before the withdrawal it was allowed, and the record says so.
    const then = await call(
      h,
      lawyer,
      'GET',
      `/api/incidents/${incidents.blackmail}/uses/anonymous_advocacy?on=2024-12-01`,
    );
    expect(then.allowed).toBe(true);
    // Only a victim can consent to the incident's use.
    const r = await h.app.inject({
      method: 'POST',
      url: `/api/incidents/${incidents.blackmail}/consents`,
      headers: lawyer.headers,
      payload: { purpose: 'public_with_name', givenBy: brotherId, givenOn: '2024-10-09', method: 'oral' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().errors[0].field).toBe('givenBy');
  });

  it('keeps the photo of the detention as evidence: a shareable copy has no GPS, the original its hash', async () => {
    const photo = await photoWithGps();
    expect(await exifr.gps(photo)).toMatchObject({ latitude: expect.closeTo(41.329, 3) });
    const r = await upload(
      h,
      caseworker,
      `/api/incidents/${incidents.detention}/evidence`,
      { name: 'file', value: photo, fileName: 'IMG_airport_Siavash.jpg', type: 'image/jpeg' },
      [
        { name: 'receivedFromPersonId', value: brotherId },
        { name: 'description', value: 'Photo taken by the brother outside the police station' },
      ],
    );
    expect(r.statusCode, r.body).toBe(201);
    const original = r.json();
    expect(original).toMatchObject({
      incidentId: incidents.detention,
      sha256: sha256(photo),
      size: photo.length,
      mediaType: 'image/jpeg',
      originalName: 'IMG_airport_Siavash.jpg',
      receivedFrom: { personId: brotherId, label: 'S. N.' },
      receivedBy: { userId: caseworker.id },
    });

    const copy = await call(h, lawyer, 'POST', `/api/evidence/${original.id}/shareable-copy`, {
      reason: 'for the public report',
    });
    expect(copy).toMatchObject({ derivedFrom: original.id, mediaType: 'image/jpeg' });
    const shared = await h.app.inject({
      method: 'POST',
      url: `/api/evidence/${copy.id}/download`,
      headers: lawyer.headers,
      payload: { reason: 'attach to the public report' },
    });
    expect(shared.statusCode).toBe(200);
    expect(shared.rawPayload.length).toBeGreaterThan(100);
    expect(sha256(shared.rawPayload)).toBe(copy.sha256);
    expect(await exifr.gps(shared.rawPayload)).toBeUndefined();

    const download = await h.app.inject({
      method: 'POST',
      url: `/api/evidence/${original.id}/download`,
      headers: lawyer.headers,
      payload: { reason: 'filing with the court' },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="evidence-${original.id}.jpg"`);
    expect(download.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(sha256(photo), 'hex').toString('base64')}:`);
    expect(download.rawPayload.equals(photo)).toBe(true);

    const verified = await call(h, lawyer, 'POST', `/api/evidence/${original.id}/verify`, undefined, 200);
    expect(verified).toMatchObject({ status: 'intact', sha256: sha256(photo) });

    const detail = await call(h, caseworker, 'GET', `/api/evidence/${original.id}`);
    expect(detail.custody.map((c: { action: string; reason: string | null }) => [c.action, c.reason])).toEqual([
      ['intake', null],
      ['shareable-copy', 'for the public report'],
      ['download', 'filing with the court'],
      ['verify', null],
    ]);
    const listed = await call(h, lawyer, 'GET', `/api/incidents/${incidents.detention}/evidence`);
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([original.id, copy.id]);
  });

  it('refuses a stored file changed by one byte, when opened and when the vault is verified', async () => {
    const listed = await call(h, lawyer, 'GET', `/api/incidents/${incidents.detention}/evidence`);
    const original = listed.items[0];
    const row = await h.store.db
      .selectFrom('evidence')
      .select('file_id')
      .where('id', '=', original.id)
      .executeTakeFirstOrThrow();
    const path = join(h.config.dataDir, 'vault', row.file_id.slice(0, 2), row.file_id);
    const bytes = await readFile(path);
    bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0x01;
    await chmod(path, 0o600);
    await writeFile(path, bytes);

    const download = await h.app.inject({
      method: 'POST',
      url: `/api/evidence/${original.id}/download`,
      headers: lawyer.headers,
      payload: { reason: 'filing with the court' },
    });
    expect(download.statusCode).toBe(500);
    expect(download.json()).toMatchObject({
      type: 'https://safehold.invalid/problems/evidence-damaged',
      detail: expect.stringContaining(`vault file ${row.file_id} is damaged`),
    });
    const detail = await call(h, lawyer, 'GET', `/api/evidence/${original.id}`);
    expect(detail.custody.at(-1)).toMatchObject({
      action: 'download',
      outcome: 'failed',
      details: { status: 'damaged' },
    });

    await writeKeyfile(h.config.dataDir, wrapDataKey(h.dataKey, PASSPHRASE, 'interactive'));
    const env = {
      SAFEHOLD_DATA_DIR: h.config.dataDir,
      SAFEHOLD_PASSPHRASE: PASSPHRASE,
      ...(h.config.databaseUrl ? { SAFEHOLD_DATABASE_URL: h.config.databaseUrl } : {}),
    };
    const verified = await runCli(['evidence', 'verify'], env);
    expect(verified.code, verified.stderr).toBe(2);
    expect(verified.stdout).toContain('Evidence files checked: 2; intact: 1.');
    expect(verified.stdout).toContain(`DAMAGED: evidence ${original.id}: vault file ${row.file_id} is damaged`);
    expect(verified.stdout).toContain('The vault does NOT verify: 1 damaged or missing, 0 unrecorded.');
  });
});
