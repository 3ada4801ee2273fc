import { sql, type Kysely } from 'kysely';
import type { Db } from '../engine.js';
import { rebuildCoverage } from '../support-coverage.js';

// What the dashboard reads over every client in scope, kept small enough to be read in one pass:
// each person's covered stretches of support (written with every change to their entitlements,
// filled here from those recorded before), and indexes that hold every column a total needs, so
// that no total reads the rows themselves.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('support_coverage')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addPrimaryKeyConstraint('support_coverage_pk', ['person_id', 'starts_on'])
    .execute();
  await db.schema
    .createIndex('support_coverage_span')
    .on('support_coverage')
    .columns(['person_id', 'starts_on', 'ends_on'])
    .execute();

  // The status in force: the latest entry effective on the day, the later recorded first.
  await db.schema
    .createIndex('legal_statuses_in_force')
    .on('legal_statuses')
    .columns(['person_id', 'effective_from', 'created_at', 'basis'])
    .execute();
  // Valid documents: only held ones count.
  await db.schema
    .createIndex('person_documents_held')
    .on('person_documents')
    .columns(['person_id', 'kind', 'expires_on'])
    .where(sql.ref('state'), '=', 'held')
    .execute();
  // Receipts per month: the payments of a range of days.
  await db.schema
    .createIndex('support_payments_month')
    .on('support_payments')
    .columns(['paid_on', 'person_id', 'currency', 'amount_minor'])
    .execute();
  await db.schema.createIndex('referrals_status').on('referrals').columns(['status', 'case_id']).execute();

  await rebuildCoverage(db as unknown as Db);
}
