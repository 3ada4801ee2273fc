import type { Kysely } from 'kysely';
import { columnTypes, versioned } from './column-types.js';

// Signed checkpoints of the audit log, an index for reading the log by actor,
// and bulk export requests with their second approver.
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('tree_size', t.bigint, (c) => c.primaryKey())
    .addColumn('root_hash', t.bytes, (c) => c.notNull())
    .addColumn('chain_hash', t.bytes, (c) => c.notNull())
    // The perfect-subtree roots at tree_size: the next checkpoint continues from here.
    .addColumn('frontier', t.bytes, (c) => c.notNull())
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('public_key', t.bytes, (c) => c.notNull())
    .addColumn('signature', t.bytes, (c) => c.notNull())
    .execute();

  // "What did this person look at?" is the question an auditor asks most. Other filters (action,
  // date) scan the log newest first: every index here is paid on each audited read.
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).execute();

  await db.schema
    .createTable('export_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.references('teams.id'))
    // JSON array of case ids, fixed when the request is made: the approver approves exactly these.
    .addColumn('case_ids', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('executed_at', 'text')
    .addColumn('item_count', 'integer')
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('export_requests_status')
    .on('export_requests')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema.createIndex('export_requests_requester').on('export_requests').column('requested_by').execute();
}
