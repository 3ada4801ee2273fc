import { sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

// Second factors (TOTP, recovery codes, WebAuthn), opaque session ids and WebAuthn challenges,
// the shared failure counters that throttle sign-in attempts across app servers, and the expiry
// of passwords set by someone other than their user.
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  // Sessions opened before second factors existed never passed one: end them. Their id is
  // never shown (only live sessions are listed), it only has to be unique.
  await db.schema.alterTable('sessions').addColumn('id', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('challenge', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('challenge_expires_at', 'text').execute();
  await sql`update sessions set id = token_hash, ended_at = coalesce(ended_at, last_seen_at)`.execute(db);
  await db.schema.createIndex('sessions_id').on('sessions').column('id').unique().execute();

  await db.schema.alterTable('users').addColumn('password_expires_at', 'text').execute();

  await db.schema
    .createTable('totp_credentials')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', t.bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_step', t.bigint)
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('webauthn_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('public_key', t.bytes, (c) => c.notNull())
    .addColumn('counter', t.bigint, (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('webauthn_credentials_user').on('webauthn_credentials').column('user_id').execute();

  await db.schema
    .createTable('auth_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .execute();
}
