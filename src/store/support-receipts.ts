import { sql } from 'kysely';
import type { Db } from './engine.js';
import { lockKeptRow } from './scope-groups.js';

/**
 * Rewrite what a person received per month and currency from their payments, in the caller's
 * transaction, each month with the person's scope group.
 */
export async function refreshReceipts(db: Db, personId: string): Promise<void> {
  const group = await lockKeptRow(db, personId);
  await db.deleteFrom('support_month_receipts').where('person_id', '=', personId).execute();
  const month = sql<string>`substr(paid_on, 1, 7)`;
  await db
    .insertInto('support_month_receipts')
    .columns(['person_id', 'month', 'currency', 'amount_minor', 'scope_group'])
    .expression(
      db
        .selectFrom('support_payments')
        .select([
          'person_id',
          month.as('month'),
          'currency',
          sql<number>`sum(amount_minor)`.as('amount_minor'),
          sql<string | null>`cast(${group} as text)`.as('scope_group'),
        ])
        .where('person_id', '=', personId)
        .groupBy(['person_id', month, 'currency']),
    )
    .execute();
}

/**
 * Rewrite everyone's receipts from the payments, each with the person's scope group: for a store
 * whose payments were written without them (a bulk load), in one statement per step.
 */
export async function rebuildAllReceipts(db: Db): Promise<void> {
  await db.deleteFrom('support_month_receipts').execute();
  const month = sql<string>`substr(p.paid_on, 1, 7)`;
  await db
    .insertInto('support_month_receipts')
    .columns(['person_id', 'month', 'currency', 'amount_minor', 'scope_group'])
    .expression(
      db
        .selectFrom('support_payments as p')
        .leftJoin('client_standing as s', 's.person_id', 'p.person_id')
        .select([
          'p.person_id',
          month.as('month'),
          'p.currency',
          sql<number>`sum(p.amount_minor)`.as('amount_minor'),
          sql<string | null>`max(s.scope_group)`.as('scope_group'),
        ])
        .groupBy(['p.person_id', month, 'p.currency']),
    )
    .execute();
}
