import { sql } from 'kysely';
import type { Db } from './engine.js';
import { lockKeptRow } from './scope-groups.js';

/** Write the receipts per month and currency of one person's payments, or of everyone's, each with the person's scope group. */
async function writeReceipts(db: Db, personId: string | null): Promise<void> {
  const month = sql<string>`substr(p.paid_on, 1, 7)`;
  let payments = db
    .selectFrom('support_payments as p')
    .leftJoin('client_standing as s', 's.person_id', 'p.person_id')
    .select([
      'p.person_id',
      month.as('month'),
      'p.currency',
      sql<number>`sum(p.amount_minor)`.as('amount_minor'),
      sql<string | null>`max(s.scope_group)`.as('scope_group'),
    ])
    .groupBy(['p.person_id', month, 'p.currency']);
  if (personId !== null) payments = payments.where('p.person_id', '=', personId);
  await db
    .insertInto('support_month_receipts')
    .columns(['person_id', 'month', 'currency', 'amount_minor', 'scope_group'])
    .expression(payments)
    .execute();
}

/**
 * Rewrite what a person received per month and currency from their payments, in the caller's
 * transaction. Their kept row is locked first, so that the scope group written is the one a
 * concurrent move of their cases committed.
 */
export async function refreshReceipts(db: Db, personId: string): Promise<void> {
  await lockKeptRow(db, personId);
  await db.deleteFrom('support_month_receipts').where('person_id', '=', personId).execute();
  await writeReceipts(db, personId);
}

/** Rewrite everyone's receipts from the payments: for a store whose payments were written without them (a bulk load). */
export async function rebuildAllReceipts(db: Db): Promise<void> {
  await db.deleteFrom('support_month_receipts').execute();
  await writeReceipts(db, null);
}
