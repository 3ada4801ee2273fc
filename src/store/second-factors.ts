import type { Insertable } from 'kysely';
import type { Db } from './engine.js';
import type { WebauthnCredentialsTable } from './schema.js';

export function findTotp(db: Db, userId: string) {
  return db.selectFrom('totp_credentials').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Start (or restart) an enrolment: a new unconfirmed secret replaces an unconfirmed one. */
export function putUnconfirmedTotp(db: Db, userId: string, secret: Buffer, at: string) {
  return db
    .insertInto('totp_credentials')
    .values({ user_id: userId, secret, created_at: at, confirmed_at: null, last_step: null })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret, created_at: at, confirmed_at: null, last_step: null })
        .where('totp_credentials.confirmed_at', 'is', null),
    )
    .execute();
}

/**
 * Accept a code of time step `step`: only if no code of this step or a later one was accepted
 * before. Two requests with the same code cannot both succeed.
 */
export async function acceptTotpStep(db: Db, userId: string, step: number, confirmAt: string): Promise<boolean> {
  const r = await db
    .updateTable('totp_credentials')
    .set((eb) => ({ last_step: step, confirmed_at: eb.fn.coalesce('confirmed_at', eb.val(confirmAt)) }))
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export function deleteTotp(db: Db, userId: string) {
  return db.deleteFrom('totp_credentials').where('user_id', '=', userId).execute();
}

/** Replace all of a user's recovery codes with new ones. */
export async function replaceRecoveryCodes(db: Db, userId: string, codeHashes: readonly string[], at: string) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: at, used_at: null })))
    .execute();
}

/** Use one recovery code, once: false when it is unknown or already used. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export function countUnusedRecoveryCodes(db: Db, userId: string) {
  return db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function deleteRecoveryCodes(db: Db, userId: string) {
  return db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

export function insertWebauthnCredential(db: Db, row: Insertable<WebauthnCredentialsTable>) {
  return db.insertInto('webauthn_credentials').values(row).execute();
}

export function listWebauthnCredentials(db: Db, userId: string) {
  return db
    .selectFrom('webauthn_credentials')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export function findWebauthnCredential(db: Db, userId: string, id: string) {
  return db
    .selectFrom('webauthn_credentials')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Record a use with its signature counter, only if the counter has not moved meanwhile. */
export async function useWebauthnCredential(
  db: Db,
  id: string,
  expectedCounter: number,
  counter: number,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('webauthn_credentials')
    .set({ counter, last_used_at: at })
    .where('id', '=', id)
    .where('counter', '=', expectedCounter)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export function deleteWebauthnCredentials(db: Db, userId: string) {
  return db.deleteFrom('webauthn_credentials').where('user_id', '=', userId).execute();
}

/** Which second factors each user has confirmed (for the administrators' list). */
export async function secondFactorSummary(db: Db) {
  const totp = await db
    .selectFrom('totp_credentials')
    .select('user_id')
    .where('confirmed_at', 'is not', null)
    .execute();
  const keys = await db
    .selectFrom('webauthn_credentials')
    .select(['user_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('user_id')
    .execute();
  return {
    totp: new Set(totp.map((r) => r.user_id)),
    webauthn: new Map(keys.map((r) => [r.user_id, Number(r.n)])),
  };
}
