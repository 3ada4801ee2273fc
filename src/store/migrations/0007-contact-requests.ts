import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

// Family contact requests and the blind index of people's names. The index holds only truncated
// keyed hashes of the strings domain/names/blind-keys.ts derives from a person's names, never a
// name; person_name_index records the key version each person was indexed with, so that a change
// of the key rules can find and recompute the stale ones. A request's requester, the person sought,
// its message and what the sought person agreed to share are FieldCipher output.
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('person_name_index')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('key_version', 'integer', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('person_name_index_version').on('person_name_index').column('key_version').execute();

  await db.schema
    .createTable('person_name_keys')
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('person_name_keys_pk', ['hash', 'person_id'])
    .execute();
  await db.schema.createIndex('person_name_keys_person').on('person_name_keys').column('person_id').execute();

  await db.schema
    .createTable('contact_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('requester', t.bytes, (c) => c.notNull())
    .addColumn('sought', t.bytes, (c) => c.notNull())
    .addColumn('message', t.bytes)
    .addColumn('sought_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_on', 'text', (c) => c.notNull())
    .addColumn('consulted_on', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('answer_method', 'text')
    .addColumn('answer_recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('answer_recorded_at', 'text')
    .addColumn('shared', t.bytes)
    .addColumn('contact_made_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_requests_team')
    .on('contact_requests')
    .columns(['team_id', 'received_on'])
    .execute();
  await db.schema
    .createIndex('contact_requests_sought_person')
    .on('contact_requests')
    .column('sought_person_id')
    .execute();
}
