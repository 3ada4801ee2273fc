import { scopeGroupOf } from '../domain/scope-group.js';
import type { CaseScope } from './client-scope.js';
import type { Db } from './engine.js';

/**
 * Lock a person's kept row, in the caller's transaction, and read their scope group. A person
 * with no row gets one, with a standing to be worked out. Everything that writes a group onto
 * a person's rows takes this lock first, so that on PostgreSQL two such writes for one person
 * follow each other and the second reads what the first committed.
 */
export async function lockKeptRow(db: Db, personId: string): Promise<string | null> {
  const row = await db
    .insertInto('client_standing')
    .values({ person_id: personId, version: 1 })
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet((eb) => ({ scope_group: eb.ref('client_standing.scope_group') })),
    )
    .returning('scope_group')
    .executeTakeFirstOrThrow();
  return row.scope_group;
}

/**
 * Place a client in the scope group of their open cases again, in the transaction that opened,
 * closed or reassigned one of them or changed who is assigned: on their kept row and on every
 * month of their receipts.
 */
export async function clientCasesChanged(db: Db, clientId: string): Promise<void> {
  const kept = await lockKeptRow(db, clientId);
  const open = await db
    .selectFrom('cases')
    .leftJoin('case_assignments', 'case_assignments.case_id', 'cases.id')
    .select(['cases.team_id as teamId', 'case_assignments.user_id as userId'])
    .where('cases.client_id', '=', clientId)
    .where('cases.status', '<>', 'closed')
    .execute();
  const group = scopeGroupOf(open);
  if (group && group.members.length > 0) {
    await db
      .insertInto('scope_group_members')
      .values(group.members.map((m) => ({ member_id: m.id, member_kind: m.kind, group_id: group.id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const groupId = group?.id ?? null;
  if (groupId === kept) return;
  await db.updateTable('client_standing').set({ scope_group: groupId }).where('person_id', '=', clientId).execute();
  await db
    .updateTable('support_month_receipts')
    .set({ scope_group: groupId })
    .where('person_id', '=', clientId)
    .execute();
}

/** The scope groups a user sees: those with one of their teams or themselves among the members, as a subquery. */
export function groupsInScope(db: Db, scope: CaseScope) {
  return db
    .selectFrom('scope_group_members')
    .select('group_id')
    .where((eb) =>
      eb.or([
        ...(scope.teamIds.length > 0
          ? [eb.and([eb('member_kind', '=', 'team'), eb('member_id', 'in', [...scope.teamIds])])]
          : []),
        eb.and([eb('member_kind', '=', 'user'), eb('member_id', '=', scope.userId)]),
      ]),
    );
}
