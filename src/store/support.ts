import { sql, type Insertable, type Updateable } from 'kysely';
import { exactMinor } from '../domain/money.js';
import type { MonthTotal } from '../domain/support-forecast.js';
import { clientsInScope, type CaseScope } from './client-scope.js';
import { standingChanged } from './client-standing.js';
import type { Db } from './engine.js';
import type { SupportEntitlementsTable, SupportPaymentsTable } from './schema.js';
import { coverageTerms, refreshCoverage } from './support-coverage.js';
import { refreshReceipts } from './support-receipts.js';

/** Record an entitlement, and the person's covered stretches with it; their kept standing is to be worked out again. */
export async function insertEntitlement(db: Db, row: Insertable<SupportEntitlementsTable>) {
  const inserted = await db.insertInto('support_entitlements').values(row).returning('id').executeTakeFirstOrThrow();
  await refreshCoverage(db, row.person_id);
  await standingChanged(db, row.person_id);
  return inserted;
}

/** Entitlements with the name of their provider. */
function withProvider(db: Db) {
  return db
    .selectFrom('support_entitlements')
    .innerJoin('organizations', 'organizations.id', 'support_entitlements.provider_id')
    .selectAll('support_entitlements')
    .select('organizations.name as provider_name');
}

export type EntitlementRow = Awaited<ReturnType<ReturnType<typeof withProvider>['executeTakeFirstOrThrow']>>;

export function findEntitlement(db: Db, personId: string, id: string) {
  return withProvider(db)
    .where('support_entitlements.person_id', '=', personId)
    .where('support_entitlements.id', '=', id)
    .executeTakeFirst();
}

/** A person's entitlements, latest start first. */
export function listEntitlements(db: Db, personId: string) {
  return withProvider(db)
    .where('support_entitlements.person_id', '=', personId)
    .orderBy('support_entitlements.starts_on', 'desc')
    .orderBy('support_entitlements.id')
    .execute();
}

/** Change an entitlement by version, and the person's covered stretches with it; their kept standing is to be worked out again. */
export async function updateEntitlement(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Updateable<SupportEntitlementsTable>,
) {
  const updated = await db
    .updateTable('support_entitlements')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(['id', 'person_id'])
    .executeTakeFirst();
  if (updated) {
    await refreshCoverage(db, updated.person_id);
    await standingChanged(db, updated.person_id);
  }
  return updated;
}

/** The first and last payment dates of an entitlement (null when nothing was paid). */
export function paymentSpan(db: Db, entitlementId: string) {
  return db
    .selectFrom('support_payments')
    .select((eb) => [eb.fn.min<string | null>('paid_on').as('first'), eb.fn.max<string | null>('paid_on').as('last')])
    .where('entitlement_id', '=', entitlementId)
    .executeTakeFirstOrThrow();
}

/** Record a payment, and what the person received that month with it. */
export async function insertPayment(db: Db, row: Insertable<SupportPaymentsTable>) {
  const inserted = await db.insertInto('support_payments').values(row).returningAll().executeTakeFirstOrThrow();
  await refreshReceipts(db, inserted.person_id);
  return inserted;
}

export function findPayment(db: Db, entitlementId: string, id: string) {
  return db
    .selectFrom('support_payments')
    .selectAll()
    .where('entitlement_id', '=', entitlementId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The payments of an entitlement, latest first. */
export function listPayments(db: Db, entitlementId: string) {
  return db
    .selectFrom('support_payments')
    .selectAll()
    .where('entitlement_id', '=', entitlementId)
    .orderBy('paid_on', 'desc')
    .orderBy('id')
    .execute();
}

/** Change a payment by version, and what the person received per month with it. */
export async function updatePayment(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Updateable<SupportPaymentsTable>,
) {
  const updated = await db
    .updateTable('support_payments')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  if (updated) await refreshReceipts(db, updated.person_id);
  return updated;
}

/**
 * What these people received, per person, month (YYYY-MM) and currency, from payments made
 * on or after `from` and before `until` (YYYY-MM-DD).
 */
export async function monthTotals(db: Db, personIds: readonly string[], from: string, until: string) {
  if (personIds.length === 0) return [];
  const month = sql<string>`substr(paid_on, 1, 7)`;
  const rows = await db
    .selectFrom('support_payments')
    .select([
      'person_id',
      month.as('month'),
      'currency',
      sql<number | string>`cast(sum(amount_minor) as bigint)`.as('amount_minor'),
    ])
    .where('person_id', 'in', [...personIds])
    .where('paid_on', '>=', from)
    .where('paid_on', '<', until)
    .groupBy(['person_id', month, 'currency'])
    .orderBy('person_id')
    .execute();
  return rows.map((r) => ({
    personId: r.person_id,
    month: r.month,
    currency: r.currency,
    amountMinor: exactMinor(r.amount_minor),
  }));
}

/** The terms of one entitlement as the forecast reads them. */
export interface TermsRow {
  status: SupportEntitlementsTable['status'];
  period: SupportEntitlementsTable['period'];
  startsOn: string;
  endsOn: string | null;
}

/** Rows grouped by the person they belong to. */
function byPerson<T, R>(rows: readonly T[], personOf: (row: T) => string, item: (row: T) => R): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const row of rows) {
    const key = personOf(row);
    const list = out.get(key);
    if (list) list.push(item(row));
    else out.set(key, [item(row)]);
  }
  return out;
}

/**
 * The clients of the open cases in scope with the terms of their entitlements, a batch of
 * clients at a time (in client id order), so that the whole population never sits in memory.
 */
export async function* coverageBatches(db: Db, scope: CaseScope, batchSize: number) {
  let after: string | null = null;
  for (;;) {
    const { clients, nextAfter } = await clientsInScope(db, scope, after, batchSize);
    const rows = await coverageTerms(
      db,
      clients.map((c) => c.personId),
    );
    const terms = byPerson(
      rows,
      (r) => r.person_id,
      (r): TermsRow => ({ status: r.status, period: r.period, startsOn: r.starts_on, endsOn: r.ends_on }),
    );
    yield { clients, terms };
    if (nextAfter === null) return;
    after = nextAfter;
  }
}

/** One page of the clients in scope (after `after`) with what each received per month and currency. */
export async function receiptsPage(
  db: Db,
  scope: CaseScope,
  opts: { after: string | null; limit: number; from: string; until: string },
) {
  const { clients, nextAfter } = await clientsInScope(db, scope, opts.after, opts.limit);
  const rows = await monthTotals(
    db,
    clients.map((c) => c.personId),
    opts.from,
    opts.until,
  );
  return {
    clients,
    totals: byPerson(
      rows,
      (r) => r.personId,
      (r): MonthTotal => r,
    ),
    nextAfter,
  };
}
