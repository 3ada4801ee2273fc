import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

// What the dashboard reads of every client in scope, one row per client or per client and month:
//
// - Each client's standing (status basis in force, valid work permit and travel document, the
//   stretch of support covering the day), worked out for a day and kept with the day it stops
//   holding. Changes to a person's statuses, documents or support mark the row to be worked out
//   again (its version goes up); the dashboard works out the rows it finds missing, marked or
//   past their day.
// - What each person received per month and currency, rewritten with every change to their
//   payments (filled here from those recorded before), so that the clients paid in a month are
//   counted without telling their payments apart.
//
// The indexes the dashboard read before (the status in force, receipts by day) go.
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('client_standing')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('computed_on', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('basis', 'text')
    .addColumn('work_permit', 'integer')
    .addColumn('travel_document', 'integer')
    .addColumn('covered', 'integer')
    .addColumn('coverage_ends_on', 'text')
    .execute();

  await db.schema
    .createTable('support_month_receipts')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('support_month_receipts_pk', ['person_id', 'month', 'currency'])
    .execute();
  // A range of months read in the order the totals are grouped by, without the rows themselves.
  await db.schema
    .createIndex('support_month_receipts_month')
    .on('support_month_receipts')
    .columns(['month', 'currency', 'person_id', 'amount_minor'])
    .execute();
  await sql`
    insert into support_month_receipts (person_id, month, currency, amount_minor)
    select person_id, substr(paid_on, 1, 7), currency, sum(amount_minor)
    from support_payments
    group by person_id, substr(paid_on, 1, 7), currency`.execute(db);

  await db.schema.dropIndex('support_payments_month').execute();
  await db.schema.dropIndex('legal_statuses_in_force').execute();
}
