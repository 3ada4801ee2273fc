import type { Db } from './engine.js';

export interface ThrottleRecord {
  failures: number;
  last_failure_at: string;
}

export function findThrottle(db: Db, key: string): Promise<ThrottleRecord | undefined> {
  return db
    .selectFrom('auth_throttle')
    .select(['failures', 'last_failure_at'])
    .where('key', '=', key)
    .executeTakeFirst();
}

/**
 * Move a counter from `seen` (what the caller read; undefined when there was no row) to `next`,
 * only if nobody changed it meanwhile. Of several app servers racing for the same attempt, one
 * wins; the others must refuse.
 */
export async function swapThrottle(
  db: Db,
  key: string,
  seen: ThrottleRecord | undefined,
  next: ThrottleRecord,
): Promise<boolean> {
  if (!seen) {
    const r = await db
      .insertInto('auth_throttle')
      .values({ key, ...next })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return (r.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }
  const r = await db
    .updateTable('auth_throttle')
    .set(next)
    .where('key', '=', key)
    .where('failures', '=', seen.failures)
    .where('last_failure_at', '=', seen.last_failure_at)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export function clearThrottle(db: Db, key: string) {
  return db.deleteFrom('auth_throttle').where('key', '=', key).execute();
}

/**
 * Count one failure, atomically (several app servers may count at once). A counter whose last
 * failure is older than `forgetBefore` starts over. Returns the count after this failure.
 */
export async function addFailure(db: Db, key: string, at: string, forgetBefore: string): Promise<ThrottleRecord> {
  return db
    .insertInto('auth_throttle')
    .values({ key, failures: 1, last_failure_at: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('auth_throttle.last_failure_at', '<', forgetBefore)
          .then(1)
          .else(eb('auth_throttle.failures', '+', 1))
          .end(),
        last_failure_at: at,
      })),
    )
    .returning(['failures', 'last_failure_at'])
    .executeTakeFirstOrThrow();
}
