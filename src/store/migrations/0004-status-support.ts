import type { Kysely } from 'kysely';
import { columnTypes, versioned } from './column-types.js';

// Legal status history, documents and permits, and the support ledger (entitlements and the
// payments made against them). Every row is versioned; money is a whole number of minor units.
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  // Reports walk the open cases in scope client by client; this index answers them without
  // reading the case rows themselves, which carry the encrypted summary.
  await db.schema
    .createIndex('cases_client_scope')
    .on('cases')
    .columns(['client_id', 'code', 'status', 'team_id', 'id'])
    .execute();

  await db.schema
    .createTable('legal_statuses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('authority_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('open_questions', t.bytes)
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('legal_statuses_person')
    .on('legal_statuses')
    .columns(['person_id', 'effective_from'])
    .execute();

  await db.schema
    .createTable('person_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('number', t.bytes)
    .addColumn('issuer_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('issuer_text', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('notes', t.bytes)
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('person_documents_person')
    .on('person_documents')
    .columns(['person_id', 'kind'])
    .execute();
  // Expiry alerts read a date range first, then check who may see each document.
  await db.schema.createIndex('person_documents_expiry').on('person_documents').column('expires_on').execute();

  await db.schema
    .createTable('support_entitlements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('provider_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint)
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('basis', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('support_entitlements_person')
    .on('support_entitlements')
    .columns(['person_id', 'starts_on'])
    .execute();

  await db.schema
    .createTable('support_payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entitlement_id', 'text', (c) => c.notNull().references('support_entitlements.id'))
    // The entitlement's person, kept on the payment so that a month's receipts are one range read.
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('support_payments_person')
    .on('support_payments')
    .columns(['person_id', 'paid_on'])
    .execute();
  await db.schema
    .createIndex('support_payments_entitlement')
    .on('support_payments')
    .columns(['entitlement_id', 'paid_on'])
    .execute();
}
