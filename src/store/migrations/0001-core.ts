import { sql, type Kysely } from 'kysely';
import { columnTypes, versioned } from './column-types.js';

// Organizations, people with their protected identities, users and teams, cases with
// assignments and notes, and the audit log. Timestamps are ISO-8601 text on both engines.
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acronym', 'text')
    .addColumn('country', 'text')
    .addColumn('notes', 'text')
    .$call(versioned)
    .execute();
  await db.schema.createIndex('organizations_name').on('organizations').column('name').execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('role_title', 'text')
    .$call(versioned)
    .execute();
  await db.schema.createIndex('people_kind').on('people').columns(['kind', 'label']).execute();

  await db.schema
    .createTable('person_identities')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('identity', t.bytes, (c) => c.notNull())
    .addColumn('location', t.bytes)
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .$call(versioned)
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('password_at', 'text', (c) => c.notNull())
    .addColumn('second_factor_at', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('team_members')
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
    .execute();
  await db.schema.createIndex('team_members_user').on('team_members').column('user_id').execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('client_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('summary', t.bytes)
    .$call(versioned)
    .execute();
  await db.schema.createIndex('cases_client').on('cases').column('client_id').execute();
  await db.schema.createIndex('cases_team').on('cases').column('team_id').execute();

  await db.schema
    .createTable('case_assignments')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_assignments_pk', ['case_id', 'user_id'])
    .execute();
  await db.schema.createIndex('case_assignments_user').on('case_assignments').column('user_id').execute();

  await db.schema
    .createTable('case_people')
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('relationship', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_people_pk', ['case_id', 'person_id'])
    .execute();
  await db.schema.createIndex('case_people_person').on('case_people').column('person_id').execute();

  await db.schema
    .createTable('case_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('body', t.bytes, (c) => c.notNull())
    .$call(versioned)
    .execute();
  // Note ids are UUIDv7: ordering by id is ordering by creation time.
  await db.schema.createIndex('case_notes_case_id').on('case_notes').columns(['case_id', 'id']).execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', t.bigint, (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('case_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', t.bytes, (c) => c.notNull())
    .addColumn('hash', t.bytes, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_case').on('audit_log').columns(['case_id', 'seq']).execute();
  await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_id', 'seq']).execute();

  // One row: the head of the hash chain. Updating it inside every writing transaction
  // serializes appends, so the chain has no forks even with several app servers.
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', t.bigint, (c) => c.notNull())
    .addColumn('hash', t.bytes, (c) => c.notNull())
    .execute();
  await sql`insert into audit_head (id, seq, hash) values (1, 0, ${Buffer.alloc(32)})`.execute(db);
}
