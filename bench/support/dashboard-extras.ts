import type { Insertable } from 'kysely';
import { v4 as uuidv4 } from 'uuid';
import { addDays } from '../../src/domain/calendar.js';
import type { Deps } from '../../src/services/deps.js';
import type { Db } from '../../src/store/engine.js';
import type { Database } from '../../src/store/schema.js';
import { Random } from '../generate/random.js';
import { BENCH_LAWYER } from './bench-data.js';
import { CASEWORK_ON } from './seed-casework.js';

// What the dashboard counts beyond the casework copy: incidents (acts, consents), referrals and
// requests to agencies, added once.

const ACT_TYPES = ['02010301010004', '02010303000004', '14010101000004', '03010200000004', '07010000000004'];
const PERPETRATOR_TYPES = ['11020000000024', '01010400000024', null];

/** Incidents for a fifth of the clients, a referral for a third, a request to an agency per 30 clients. */
async function seedExtras(deps: Deps, seed: number): Promise<Record<string, number>> {
  const db = deps.db;
  const rng = new Random(seed, 'dashboard/extras');
  const at = deps.now().toISOString();
  const lawyer = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', BENCH_LAWYER.username)
    .executeTakeFirstOrThrow();
  const orgs = (await db.selectFrom('organizations').select('id').execute()).map((o) => o.id);
  const cases = await db.selectFrom('cases').select(['id', 'client_id']).where('status', '<>', 'closed').execute();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng.next() * list.length)] as T;
  const day = (daysBefore: number) => addDays(CASEWORK_ON, -daysBefore);
  const rows: { [K in keyof Database]?: Insertable<Database[K]>[] } = {};
  const push = <K extends keyof Database>(t: K, row: Insertable<Database[K]>) => {
    ((rows[t] ??= []) as Insertable<Database[K]>[]).push(row);
  };
  for (const c of cases) {
    if (rng.next() < 0.2) {
      const id = uuidv4();
      const start = day(Math.floor(rng.next() * 1000));
      push('incidents', {
        id,
        title: deps.cipher.encrypt('incidents', 'title', id, 'Threats after leaving'),
        start_value: start,
        start_precision: 'exact',
        occurred_from: start,
        occurred_to: start,
        description: deps.cipher.encrypt('incidents', 'description', id, 'A fictional account of threats.'),
        created_by: lawyer.id,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      push('incident_cases', { incident_id: id, case_id: c.id });
      for (let a = 0; a < 1 + Math.floor(rng.next() * 2); a++) {
        push('incident_acts', {
          id: uuidv4(),
          incident_id: id,
          act_type: pick(ACT_TYPES),
          victim_person_id: c.client_id,
          perpetrator_type: pick(PERPETRATOR_TYPES),
          recorded_by: lawyer.id,
          created_at: at,
        });
      }
      if (rng.next() < 0.7) {
        push('incident_consents', {
          id: uuidv4(),
          incident_id: id,
          purpose: rng.next() < 0.8 ? 'anonymous_advocacy' : 'litigation',
          given_by: c.client_id,
          given_on: start,
          method: 'written',
          recorded_by: lawyer.id,
          recorded_at: at,
          withdrawn_on: rng.next() < 0.05 ? CASEWORK_ON : null,
        });
      }
    }
    if (rng.next() < 0.33) {
      const id = uuidv4();
      const sent = day(Math.floor(rng.next() * 700));
      push('referrals', {
        id,
        case_id: c.id,
        to_organization_id: pick(orgs),
        sent_on: sent,
        purpose: deps.cipher.encrypt('referrals', 'purpose', id, 'Social support'),
        status: pick(['sent', 'accepted', 'declined', 'completed'] as const),
        status_on: sent,
        consent_given_on: sent,
        consent_method: 'in_person',
        consent_recorded_by: lawyer.id,
        consent_recorded_at: at,
        created_by: lawyer.id,
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
    if (rng.next() < 1 / 30) {
      const id = uuidv4();
      const requested = day(30 + Math.floor(rng.next() * 700));
      const answered = rng.next() < 0.8;
      push('engagements', {
        id,
        organization_id: pick(orgs),
        requested_by: lawyer.id,
        requested_on: requested,
        channel: 'email',
        subject: deps.cipher.encrypt('engagements', 'subject', id, 'A meeting about support'),
        status: answered ? pick(['held', 'answered'] as const) : 'requested',
        outcome_on: answered ? addDays(requested, 3 + Math.floor(rng.next() * 60)) : null,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      push('engagement_cases', { engagement_id: id, case_id: c.id });
    }
  }
  const order: (keyof Database)[] = [
    'incidents',
    'incident_cases',
    'incident_acts',
    'incident_consents',
    'referrals',
    'engagements',
    'engagement_cases',
  ];
  await db.transaction().execute(async (tx: Db) => {
    for (const t of order) {
      const list = (rows[t] ?? []) as Insertable<Database[typeof t]>[];
      for (let i = 0; i < list.length; i += 500) {
        await tx
          .insertInto(t)
          .values(list.slice(i, i + 500))
          .execute();
      }
    }
  });
  return Object.fromEntries(order.map((t) => [t, rows[t]?.length ?? 0]));
}

/** Add the incidents, referrals and requests to agencies to a casework copy that has none; the counts written, or null. */
export async function ensureDashboardExtras(deps: Deps, seed: number): Promise<Record<string, number> | null> {
  const existing = await deps.db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (existing.n > 0) return null;
  return seedExtras(deps, seed);
}
