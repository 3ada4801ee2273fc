import { sql } from 'kysely';
import type { Db } from './engine.js';

/** Rewrite what a person received per month and currency from their payments, in the caller's transaction. */
export async function refreshReceipts(db: Db, personId: string): Promise<void> {
  await db.deleteFrom('support_month_receipts').where('person_id', '=', personId).execute();
  const month = sql<string>`substr(paid_on, 1, 7)`;
  await db
    .insertInto('support_month_receipts')
    .columns(['person_id', 'month', 'currency', 'amount_minor'])
    .expression(
      db
        .selectFrom('support_payments')
        .select(['person_id', month.as('month'), 'currency', sql<number>`sum(amount_minor)`.as('amount_minor')])
        .where('person_id', '=', personId)
        .groupBy(['person_id', month, 'currency']),
    )
    .execute();
}
