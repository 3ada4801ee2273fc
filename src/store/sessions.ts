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

export function findLiveSessionById(db: Db, id: string) {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();
}

/** The user's sessions that have not ended and have not expired at `at`, newest first. */
export function listLiveSessions(db: Db, userId: string, at: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'second_factor_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .where('expires_at', '>', at)
    .orderBy('created_at', 'desc')
    .execute();
}

export function touchSession(db: Db, tokenHash: string, changes: Updateable<SessionsTable>) {
  return db.updateTable('sessions').set(changes).where('token_hash', '=', tokenHash).execute();
}

/** Change a live session (by its id); false when it has ended meanwhile. */
export async function updateLiveSession(db: Db, id: string, changes: Updateable<SessionsTable>): Promise<boolean> {
  const r = await db
    .updateTable('sessions')
    .set(changes)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/**
 * Take the session's pending WebAuthn challenge, once: a second answer to the same challenge
 * finds none. Null when there is none or it has expired at `at`.
 */
export async function takeChallenge(db: Db, id: string, at: string): Promise<string | null> {
  const row = await db
    .selectFrom('sessions')
    .select(['challenge', 'challenge_expires_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row?.challenge) return null;
  const taken = await db
    .updateTable('sessions')
    .set({ challenge: null, challenge_expires_at: null })
    .where('id', '=', id)
    .where('challenge', '=', row.challenge)
    .executeTakeFirst();
  if (taken.numUpdatedRows === 0n || !row.challenge_expires_at || row.challenge_expires_at <= at) return null;
  return row.challenge;
}

export function endSession(db: Db, tokenHash: string, at: string) {
  return db
    .updateTable('sessions')
    .set({ ended_at: at })
    .where('token_hash', '=', tokenHash)
    .where('ended_at', 'is', null)
    .execute();
}

export async function endSessionById(db: Db, userId: string, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('sessions')
    .set({ ended_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** End every live session of a user (password reset, disabling, role change), but `keepId`. */
export function endSessionsOfUser(db: Db, userId: string, at: string, keepId?: string) {
  let q = db.updateTable('sessions').set({ ended_at: at }).where('user_id', '=', userId).where('ended_at', 'is', null);
  if (keepId) q = q.where('id', '!=', keepId);
  return q.execute();
}

/** Whether the user signed in from this address (any session) since `since`. */
export async function hasSessionFromAddress(db: Db, userId: string, ip: string, since: string): Promise<boolean> {
  const row = await db
    .selectFrom('sessions')
    .select('id')
    .where('user_id', '=', userId)
    .where('ip', '=', ip)
    .where('second_factor_at', 'is not', null)
    .where('created_at', '>=', since)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
