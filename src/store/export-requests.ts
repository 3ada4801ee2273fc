import type { Insertable, Updateable } from 'kysely';
import type { ExportStatus } from '../domain/export-request.js';
import type { Db } from './engine.js';
import type { ExportRequestsTable } from './schema.js';

export function insertExportRequest(db: Db, row: Insertable<ExportRequestsTable>) {
  return db.insertInto('export_requests').values(row).execute();
}

function withNames(db: Db) {
  return db
    .selectFrom('export_requests')
    .innerJoin('users as requester', 'requester.id', 'export_requests.requested_by')
    .leftJoin('users as decider', 'decider.id', 'export_requests.decided_by')
    .selectAll('export_requests')
    .select(['requester.display_name as requester_name', 'decider.display_name as decider_name']);
}

export function findExportRequest(db: Db, id: string) {
  return withNames(db).where('export_requests.id', '=', id).executeTakeFirst();
}

/** Move a request on only from the status it was read in: a concurrent decision or run wins once. */
export function updateExportRequest(
  db: Db,
  id: string,
  from: { status: ExportStatus; version: number },
  changes: Updateable<ExportRequestsTable>,
) {
  return db
    .updateTable('export_requests')
    .set({ ...changes, version: from.version + 1 })
    .where('id', '=', id)
    .where('status', '=', from.status)
    .where('version', '=', from.version)
    .returning('id')
    .executeTakeFirst();
}

/** The user's own requests and every pending one, newest first (the caller keeps those it may see). */
export function exportRequestsFor(db: Db, userId: string, opts: { status?: ExportStatus; limit: number }) {
  let q = withNames(db).where((eb) =>
    eb.or([eb('export_requests.requested_by', '=', userId), eb('export_requests.status', '=', 'pending')]),
  );
  if (opts.status) q = q.where('export_requests.status', '=', opts.status);
  return q.orderBy('export_requests.created_at', 'desc').orderBy('export_requests.id').limit(opts.limit).execute();
}

export function caseIdsOfTeam(db: Db, teamId: string) {
  return db
    .selectFrom('cases')
    .select('id')
    .where('team_id', '=', teamId)
    .orderBy('code')
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

/** Each case with its client's label and sealed identity, for an approved export. */
export function clientIdentitiesOfCases(db: Db, caseIds: readonly string[]) {
  return db
    .selectFrom('cases')
    .innerJoin('people', 'people.id', 'cases.client_id')
    .innerJoin('person_identities', 'person_identities.person_id', 'people.id')
    .select([
      'cases.id as case_id',
      'cases.code as case_code',
      'people.id as person_id',
      'people.label',
      'person_identities.identity',
    ])
    .where('cases.id', 'in', [...caseIds])
    .orderBy('cases.code')
    .execute();
}
