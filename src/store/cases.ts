import type { CaseStatusFilter } from '../domain/case.js';
import type { Insertable, Updateable } from 'kysely';
import type { Db } from './engine.js';
import type { CasePeopleTable, CasesTable } from './schema.js';
import { clientCasesChanged } from './scope-groups.js';

export async function insertCase(db: Db, row: Insertable<CasesTable>) {
  const inserted = await db.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow();
  await clientCasesChanged(db, inserted.client_id);
  return inserted;
}

export function findCase(db: Db, id: string) {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCaseByCode(db: Db, code: string) {
  return db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirst();
}

export async function updateCase(db: Db, id: string, expectedVersion: number, changes: Updateable<CasesTable>) {
  const updated = await db
    .updateTable('cases')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
  // Who sees the client changes with the case's status and team.
  if (updated && (changes.status !== undefined || changes.team_id !== undefined)) {
    await clientCasesChanged(db, updated.client_id);
  }
  return updated;
}

async function assignmentsChanged(db: Db, caseId: string) {
  const row = await db.selectFrom('cases').select('client_id').where('id', '=', caseId).executeTakeFirstOrThrow();
  await clientCasesChanged(db, row.client_id);
}

export function assignedUserIds(db: Db, caseId: string) {
  return db
    .selectFrom('case_assignments')
    .select('user_id')
    .where('case_id', '=', caseId)
    .execute()
    .then((rows) => rows.map((r) => r.user_id));
}

export function listAssignments(db: Db, caseId: string) {
  return db
    .selectFrom('case_assignments')
    .innerJoin('users', 'users.id', 'case_assignments.user_id')
    .select([
      'users.id as userId',
      'users.display_name as displayName',
      'users.role as role',
      'assigned_at as assignedAt',
    ])
    .where('case_id', '=', caseId)
    .orderBy('assigned_at')
    .execute();
}

export async function addAssignment(db: Db, caseId: string, userId: string, at: string) {
  await db
    .insertInto('case_assignments')
    .values({ case_id: caseId, user_id: userId, assigned_at: at })
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).doNothing())
    .execute();
  await assignmentsChanged(db, caseId);
}

export async function removeAssignment(db: Db, caseId: string, userId: string) {
  const result = await db
    .deleteFrom('case_assignments')
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  await assignmentsChanged(db, caseId);
  return result;
}

/** Cases the user may see: assigned to them, or to one of their teams. Newest first. */
export function listVisibleCases(
  db: Db,
  opts: { userId: string; teamIds: readonly string[]; status?: CaseStatusFilter; limit: number; offset: number },
) {
  let q = db
    .selectFrom('cases')
    .innerJoin('people', 'people.id', 'cases.client_id')
    .select([
      'cases.id',
      'cases.code',
      'cases.status',
      'cases.team_id',
      'cases.opened_on',
      'cases.closed_on',
      'cases.version',
      'cases.updated_at',
      'people.label as client_label',
    ])
    .where((eb) =>
      eb.or([
        eb('cases.id', 'in', eb.selectFrom('case_assignments').select('case_id').where('user_id', '=', opts.userId)),
        ...(opts.teamIds.length > 0 ? [eb('cases.team_id', 'in', [...opts.teamIds])] : []),
      ]),
    );
  if (opts.status === 'active') q = q.where('cases.status', '<>', 'closed');
  else if (opts.status) q = q.where('cases.status', '=', opts.status);
  return q.orderBy('cases.updated_at', 'desc').orderBy('cases.id').limit(opts.limit).offset(opts.offset).execute();
}

export function linkPerson(db: Db, row: Insertable<CasePeopleTable>) {
  return db.insertInto('case_people').values(row).execute();
}

export function listCasePeople(db: Db, caseId: string) {
  return db
    .selectFrom('case_people')
    .innerJoin('people', 'people.id', 'case_people.person_id')
    .select([
      'people.id',
      'people.kind',
      'people.label',
      'people.version',
      'case_people.relation',
      'case_people.relationship',
    ])
    .where('case_people.case_id', '=', caseId)
    .orderBy('case_people.created_at')
    .execute();
}

export function countCases(db: Db) {
  return db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}
