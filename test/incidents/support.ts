import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { expect } from 'vitest';
import type { Harness, TestUser } from '../support/harness.js';

/** Terms of the HURIDOCS micro-thesauri used in the records of the story. */
export const T = {
  threats: '02010301000004',
  threatsAgainstVictim: '02010301010004',
  threatsAgainstFamily: '02010301020004',
  surveillance: '02010303000004',
  defamation: '14010100000004',
  slander: '14010101000004',
  detention: '03010200000004',
  associationActs: '12010000000004',
  familyActs: '07010000000004',
  rightFamilyLife: '01430000000003',
  rightMovement: '01210000000003',
  rightAssociation: '01140000000003',
  rightConscience: '01150000000003',
  rightLiberty: '01080000000003',
  rightPrivacy: '01280000000003',
  rightReputation: '01360000000003',
  perpCommunity: '11020000000024',
  perpPolice: '01010400000024',
  directlyCarriedOut: '01010000000018',
  victimHimself: '01010000000019',
  relativeOfVictim: '02010100000019',
  likelyReliable: '02000000000042',
  highlyReliable: '01000000000042',
  legalAid: '01020000000020',
  demandInvestigation: '02010000000020',
  actionPending: '05000000000045',
  someAction: '02000000000045',
} as const;

/** A fictional client: nobody real is named in test data. */
export const client = {
  label: 'K. N.',
  identity: {
    names: [
      { script: 'latin', given: 'Kaveh', family: 'Niknam', full: 'Kaveh Niknam' },
      { script: 'persian', full: 'کاوه نیک‌نام' },
    ],
    birthDate: '1984',
    nationality: 'IR',
    languages: ['fa'],
  },
};

export const brother = {
  kind: 'family_member',
  relationship: 'brother',
  identity: { names: [{ script: 'latin', given: 'Siavash', family: 'Niknam', full: 'Siavash Niknam' }] },
};

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** A parsed JSON answer, as the tests read it. */
type Json = ReturnType<typeof JSON.parse>;

/** Call the API as a user and expect a status; the parsed body is returned. */
export async function call<T = Json>(
  h: Harness,
  user: TestUser | null,
  method: Method,
  url: string,
  payload?: object,
  status = method === 'POST' ? 201 : 200,
): Promise<T> {
  const r = await h.app.inject({ method, url, headers: user?.headers ?? {}, ...(payload ? { payload } : {}) });
  expect(r.statusCode, `${method} ${url}: ${r.body}`).toBe(status);
  return status === 204 ? (undefined as T) : r.json<T>();
}

export async function organization(h: Harness, user: TestUser, kind: string, name: string): Promise<string> {
  return (await call<{ id: string }>(h, user, 'POST', '/api/organizations', { kind, name })).id;
}

/** A case for the fictional client, opened by `user`, with `others` assigned to it as well. */
export async function openCase(
  h: Harness,
  user: TestUser,
  others: TestUser[] = [],
): Promise<{ id: string; clientId: string }> {
  const kase = await call<{ id: string; clientId: string }>(h, user, 'POST', '/api/cases', { client });
  for (const u of others) await call(h, user, 'PUT', `/api/cases/${kase.id}/assignments/${u.id}`, undefined, 204);
  return kase;
}

export interface FormPart {
  name: string;
  value: string | Buffer;
  fileName?: string;
  type?: string;
}

/** A multipart/form-data body, as a browser sends a form with a file. */
export function multipart(parts: readonly FormPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----safehold-test-${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.fileName === undefined ? '' : `; filename="${p.fileName}"`}`;
    const head = [`--${boundary}`, `Content-Disposition: ${disposition}`];
    if (p.type) head.push(`Content-Type: ${p.type}`);
    chunks.push(Buffer.from(`${head.join('\r\n')}\r\n\r\n`), Buffer.from(p.value), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Upload a file to an incident's (or case's) evidence as `user`. */
export function upload(h: Harness, user: TestUser | null, url: string, file: FormPart, fields: FormPart[] = []) {
  const body = multipart([...fields, file]);
  return h.app.inject({
    method: 'POST',
    url,
    headers: { ...(user?.headers ?? {}), ...body.headers },
    payload: body.payload,
  });
}

/** A small photo as a phone takes it: JPEG with the GPS position of where it was taken. */
export function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 48, height: 32, channels: 3, background: '#6b4a8a' } })
    .withExif({
      IFD0: { Make: 'Fictional Phone Co', Model: 'FP-1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '41/1 19/1 4500/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '19/1 49/1 1200/100',
      },
    })
    .jpeg()
    .toBuffer();
}

export async function auditCount(h: Harness): Promise<number> {
  const r = await h.store.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
