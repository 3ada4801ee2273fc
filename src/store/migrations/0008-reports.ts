import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

// Meeting reports: the draft text of an engagement written up for publication, how each hit of
// the redaction check was resolved, and the consents of the people named in it. Text that may
// carry names is FieldCipher output (bytes).
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // One report per engagement: it is seen through the engagement's cases.
    .addColumn('engagement_id', 'text', (c) => c.notNull().unique().references('engagements.id').onDelete('cascade'))
    .addColumn('title', t.bytes, (c) => c.notNull())
    .addColumn('body', t.bytes, (c) => c.notNull())
    .addColumn('conclusions', t.bytes, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_by', 'text', (c) => c.references('users.id'))
    .addColumn('status_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A hit stays resolved while the same text stands at the same offsets of the same field.
  await db.schema
    .createTable('report_resolutions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('start_at', 'integer', (c) => c.notNull())
    .addColumn('end_at', 'integer', (c) => c.notNull())
    .addColumn('matched', t.bytes, (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('replacement', t.bytes)
    .addColumn('reason', t.bytes)
    .addColumn('resolved_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('resolved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_resolutions_report').on('report_resolutions').column('report_id').execute();

  await db.schema
    .createTable('report_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_on', 'text')
    .execute();
  await db.schema.createIndex('report_consents_report').on('report_consents').column('report_id').execute();
}
