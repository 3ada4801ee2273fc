import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { SessionsTable } from './schema.js';

export function insertSession(db: Db, row: Insertable<SessionsTable>) {
  return db.insertInto('sessions').values(row).execute();
}

export function findLiveSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('sessions')
    .select(['users.role', 'users.disabled_at'])
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
}

export function touchSession(db: Db, tokenHash: string, changes: Updateable<SessionsTable>) {
  return db.updateTable('sessions').set(changes).where('token_hash', '=', tokenHash).execute();
}

export function endSession(db: Db, tokenHash: string, at: string) {
  return db
    .updateTable('sessions')
    .set({ ended_at: at })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}
