import { randomBytes } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_LIMITS } from '../../src/files/content-check.js';
import { intakeFile } from '../../src/files/intake.js';
import { verifyAllEvidence } from '../../src/services/evidence/verify-all-evidence.js';
import { startHarness, type Harness, type TestUser } from '../support/harness.js';
import { auditCount, call, openCase, photoWithGps, upload, type FormPart } from './support.js';

/** Uploads that must leave nothing behind, and the vault check that finds what went wrong. */
describe('evidence uploads and the vault check', () => {
  let h: Harness;
  let lawyer: TestUser;
  let caseId: string;

  beforeAll(async () => {
    h = await startHarness();
    lawyer = await h.user('lawyer');
    caseId = (await openCase(h, lawyer)).id;
  });
  afterAll(() => h.close());

  async function vaultFiles(): Promise<string[]> {
    const ids: string[] = [];
    for await (const id of h.deps.evidence.vault.ids()) ids.push(id);
    return ids;
  }

  async function state() {
    const evidence = await h.store.db.selectFrom('evidence').select('id').execute();
    const staging = await readdir(join(h.config.dataDir, 'vault', 'staging'));
    return { files: await vaultFiles(), evidence: evidence.length, staging, audit: await auditCount(h) };
  }

  const file = (value: Buffer, fileName: string, type?: string): FormPart => ({
    name: 'file',
    value,
    fileName,
    ...(type ? { type } : {}),
  });

  it('keeps a file sent to a case, hashed at intake, with its name encrypted', async () => {
    const statement = Buffer.from('Statement of K. N., 9 October: the support ended in 2016.\n', 'utf8');
    const r = await upload(
      h,
      lawyer,
      `/api/cases/${caseId}/evidence`,
      file(statement, 'statement-Kaveh-Niknam.txt', 'text/plain'),
    );
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ caseId, incidentId: null, mediaType: 'text/plain', size: statement.length });
    const listed = await call(h, lawyer, 'GET', `/api/cases/${caseId}/evidence`);
    expect(listed.items.map((e: { originalName: string }) => e.originalName)).toEqual(['statement-Kaveh-Niknam.txt']);
    const row = await h.store.db
      .selectFrom('evidence')
      .selectAll()
      .where('id', '=', r.json().id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(row.original_name).toString('latin1')).not.toContain('Niknam');
    const audit = await h.store.db.selectFrom('audit_log').select('details').where('target_id', '=', row.id).execute();
    expect(audit.map((a) => a.details).join()).not.toContain('Niknam');
  });

  it('refuses hostile uploads with the field named, and writes nothing at all', async () => {
    const before = await state();
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const exe = Buffer.concat([Buffer.from('MZ'), randomBytes(4000)]);
    const photo = await photoWithGps();
    const hostile: [FormPart, FormPart[], number][] = [
      [file(exe, 'holiday.jpg', 'image/jpeg'), [], 415],
      [file(exe, 'tool.exe'), [], 415],
      [file(png, 'photo.jpg', 'image/jpeg'), [], 415],
      [file(photo, 'photo.jpg', 'application/pdf'), [], 415],
      [file(photo, 'photo'), [], 415],
      [file(Buffer.alloc(0), 'empty.txt'), [], 400],
      [file(photo, 'photo.jpg'), [{ name: 'receivedFromPersonId', value: 'someone' }], 400],
      [file(photo, 'photo.jpg'), [{ name: 'comment', value: 'hello' }], 400],
      [{ ...file(photo, 'photo.jpg'), name: 'upload' }, [], 415],
    ];
    for (const [part, fields, status] of hostile) {
      const r = await upload(h, lawyer, `/api/cases/${caseId}/evidence`, part, fields);
      expect(r.statusCode, `${part.fileName}: ${r.body}`).toBe(status);
      expect(r.headers['content-type']).toContain('application/problem+json');
      const named = r.json().errors.map((e: { field: string }) => e.field);
      expect(named, part.fileName).toEqual([fields[0]?.name ?? 'file']);
    }
    const json = await h.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence`,
      headers: lawyer.headers,
      payload: { file: photo.toString('base64') },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().errors[0].field).toBe('file');
    expect(await state()).toEqual(before);
  });

  it('refuses a file over the size limit instead of keeping it cut off, and keeps one exactly at it', async () => {
    const limits = h.deps.evidence.limits;
    h.deps.evidence.limits = { ...DEFAULT_CONTENT_LIMITS, maxBytes: 100_000 };
    try {
      const before = await state();
      const text = (n: number) => Buffer.alloc(n, 'a');
      const over = await upload(h, lawyer, `/api/cases/${caseId}/evidence`, file(text(100_001), 'long.txt'));
      expect(over.statusCode).toBe(413);
      expect(over.json()).toMatchObject({
        errors: [{ field: 'file', message: expect.stringContaining('larger than the limit of 0.1 MiB') }],
      });
      const far = await upload(h, lawyer, `/api/cases/${caseId}/evidence`, file(text(300_000), 'longer.txt'));
      expect(far.statusCode).toBe(413);
      expect(await state()).toEqual(before);

      const exact = await upload(h, lawyer, `/api/cases/${caseId}/evidence`, file(text(100_000), 'exact.txt'));
      expect(exact.statusCode, exact.body).toBe(201);
      expect(exact.json().size).toBe(100_000);
    } finally {
      h.deps.evidence.limits = limits;
    }
  });

  it('finds a missing file and a file no record names', async () => {
    const kept = await upload(
      h,
      lawyer,
      `/api/cases/${caseId}/evidence`,
      file(await photoWithGps(), 'kept.jpg', 'image/jpeg'),
    );
    expect(kept.statusCode).toBe(201);
    const whole = await verifyAllEvidence(h.deps);
    expect(whole).toMatchObject({ problems: [], orphans: [] });
    expect(whole.checked).toBe(whole.intact);

    const row = await h.store.db
      .selectFrom('evidence')
      .selectAll()
      .where('id', '=', kept.json().id)
      .executeTakeFirstOrThrow();
    await unlink(join(h.config.dataDir, 'vault', row.file_id.slice(0, 2), row.file_id));
    const stray = await intakeFile(h.deps.evidence.vault, Readable.from([Buffer.from('not on record\n')]), {
      fileName: 'stray.txt',
    });
    const found = await verifyAllEvidence(h.deps);
    expect(found.problems).toEqual([
      {
        evidenceId: row.id,
        fileId: row.file_id,
        status: 'missing',
        detail: `vault file ${row.file_id} is missing from the vault`,
      },
    ]);
    expect(found.orphans).toEqual([stray.fileId]);
    const custody = await call(h, lawyer, 'GET', `/api/evidence/${row.id}`);
    expect(custody.custody.at(-1)).toMatchObject({ action: 'verify', outcome: 'failed', actor: null });
    const run = await h.store.db
      .selectFrom('audit_log')
      .select(['outcome', 'details'])
      .where('action', '=', 'evidence.verify_all')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(run.outcome).toBe('failed');
    expect(JSON.parse(run.details)).toMatchObject({ problems: [row.id], orphans: [stray.fileId] });
  });
});
