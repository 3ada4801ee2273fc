import type { Insertable } from 'kysely';
import type { Db } from './engine.js';
import type { CustodyEventsTable } from './schema.js';

export function insertCustodyEvent(db: Db, row: Insertable<CustodyEventsTable>) {
  return db.insertInto('custody_events').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The chain of custody of one piece of evidence, in order (ids are UUIDv7). */
export function custodyOf(db: Db, evidenceId: string) {
  return db.selectFrom('custody_events').selectAll().where('evidence_id', '=', evidenceId).orderBy('id').execute();
}
