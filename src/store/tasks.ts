import { sql, type ExpressionBuilder, type Insertable, type Updateable } from 'kysely';
import type { TaskStatus } from '../domain/task.js';
import type { Db } from './engine.js';
import type { Database, TasksTable } from './schema.js';

export function insertTask(db: Db, row: Insertable<TasksTable>) {
  return db.insertInto('tasks').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findTask(db: Db, id: string) {
  return db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateTask(db: Db, id: string, expectedVersion: number, changes: Updateable<TasksTable>) {
  return db
    .updateTable('tasks')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** The open follow-ups created from one source (a hearing, a filing, a minutes item). */
export function openTasksFrom(db: Db, sourceKind: TasksTable['source_kind'] & string, sourceId: string) {
  return db
    .selectFrom('tasks')
    .selectAll()
    .where('source_kind', '=', sourceKind)
    .where('source_id', '=', sourceId)
    .where('status', '=', 'open')
    .execute();
}

/** What a task list shows: the task with its case code, client label and assignee name. */
function withContext(db: Db) {
  return db
    .selectFrom('tasks')
    .leftJoin('cases', 'cases.id', 'tasks.case_id')
    .leftJoin('people', 'people.id', 'cases.client_id')
    .innerJoin('users', 'users.id', 'tasks.assignee_id')
    .selectAll('tasks')
    .select(['cases.code as case_code', 'people.label as client_label', 'users.display_name as assignee_name']);
}
export type TaskListRow = Awaited<ReturnType<ReturnType<typeof withContext>['execute']>>[number];

export function findTaskWithContext(db: Db, id: string) {
  return withContext(db).where('tasks.id', '=', id).executeTakeFirst();
}

export function tasksOfCase(db: Db, caseId: string, status?: TaskStatus) {
  let q = withContext(db).where('tasks.case_id', '=', caseId);
  if (status) q = q.where('tasks.status', '=', status);
  return q.orderBy('tasks.due_on').orderBy('tasks.id').execute();
}

export function tasksOfEngagement(db: Db, engagementId: string) {
  return withContext(db)
    .where('tasks.engagement_id', '=', engagementId)
    .orderBy('tasks.due_on')
    .orderBy('tasks.id')
    .execute();
}

/** Whose tasks a due-view covers: always only tasks on what `viewer` may see. */
export interface TaskScope {
  viewer: { userId: string; teamIds: readonly string[] };
  /** One user's own tasks. */
  assigneeId?: string;
  /** A team's: on its cases, or assigned to one of its members. */
  teamId?: string;
}

type TasksBuilder = ExpressionBuilder<Database, 'tasks'>;

/**
 * How a statement checks that a case is one of the viewer's teams'. A count reads every
 * candidate row: the team's case ids are read once, from an index, into a set. A page ordered
 * by due date stops at its limit: a lookup per row costs less than reading the whole set.
 */
type Probe = 'set' | 'row';

function caseOfTeams(eb: TasksBuilder, caseColumn: string, teamIds: readonly string[], probe: Probe) {
  const caseId = sql.ref<string>(caseColumn);
  const ofTeams = eb
    .selectFrom('cases')
    .select('cases.id')
    .where('cases.team_id', 'in', [...teamIds]);
  return probe === 'set' ? eb(caseId, 'in', ofTeams) : eb.exists(ofTeams.where('cases.id', '=', caseId));
}

/**
 * Whether the viewer may see the case in `caseColumn`: one of their teams', or assigned to
 * them. The team comes first: most cases of a practice are seen through a team.
 */
function visibleCase(eb: TasksBuilder, caseColumn: string, viewer: TaskScope['viewer'], probe: Probe) {
  const assigned = eb.exists(
    eb
      .selectFrom('case_assignments')
      .select('case_assignments.case_id')
      .where('case_assignments.case_id', '=', sql.ref<string>(caseColumn))
      .where('case_assignments.user_id', '=', viewer.userId),
  );
  if (viewer.teamIds.length === 0) return assigned;
  return eb.or([caseOfTeams(eb, caseColumn, viewer.teamIds, probe), assigned]);
}

/** A task on a visible case, or on an engagement none of whose cases is hidden from the viewer. */
function visibleTo(eb: TasksBuilder, viewer: TaskScope['viewer'], probe: Probe) {
  return eb.or([
    eb.and([eb('tasks.case_id', 'is not', null), visibleCase(eb, 'tasks.case_id', viewer, probe)]),
    eb.and([
      eb('tasks.engagement_id', 'is not', null),
      eb.not(
        eb.exists(
          eb
            .selectFrom('engagement_cases')
            .select('engagement_cases.case_id')
            .whereRef('engagement_cases.engagement_id', '=', 'tasks.engagement_id')
            .where((inner) => inner.not(visibleCase(eb, 'engagement_cases.case_id', viewer, probe))),
        ),
      ),
    ]),
  ]);
}

function inScope(eb: TasksBuilder, scope: TaskScope, probe: Probe) {
  const conditions = [visibleTo(eb, scope.viewer, probe)];
  if (scope.assigneeId) conditions.push(eb('tasks.assignee_id', '=', scope.assigneeId));
  if (scope.teamId) {
    conditions.push(
      eb.or([
        caseOfTeams(eb, 'tasks.case_id', [scope.teamId], probe),
        eb(
          'tasks.assignee_id',
          'in',
          eb.selectFrom('team_members').select('team_members.user_id').where('team_members.team_id', '=', scope.teamId),
        ),
      ]),
    );
  }
  return eb.and(conditions);
}

/** Open tasks in scope due from `from` (inclusive, if given) up to `to` (inclusive), soonest first. */
export function openTasksDue(db: Db, scope: TaskScope, range: { from?: string; to: string }, limit: number) {
  let q = withContext(db)
    .where('tasks.status', '=', 'open')
    .where('tasks.due_on', '<=', range.to)
    .where((eb) => inScope(eb, scope, 'row'));
  if (range.from) q = q.where('tasks.due_on', '>=', range.from);
  return q.orderBy('tasks.due_on').orderBy('tasks.id').limit(limit).execute();
}

/** How many open tasks in scope are overdue (due before `today`) and due from `today` to `until`. */
export async function countOpenTasksDue(db: Db, scope: TaskScope, today: string, until: string) {
  const row = await db
    .selectFrom('tasks')
    .select((eb) => [
      eb.fn.countAll<number | string>().filterWhere('tasks.due_on', '<', today).as('overdue'),
      eb.fn.countAll<number | string>().filterWhere('tasks.due_on', '>=', today).as('due_soon'),
    ])
    .where('tasks.status', '=', 'open')
    .where('tasks.due_on', '<=', until)
    .where((eb) => inScope(eb, scope, 'set'))
    .executeTakeFirstOrThrow();
  return { overdue: Number(row.overdue), dueSoon: Number(row.due_soon) };
}

/** Open tasks of one assignee whose reminder day has come, earliest reminder first. */
export function remindersDue(db: Db, scope: TaskScope & { assigneeId: string }, today: string, limit: number) {
  return withContext(db)
    .where('tasks.assignee_id', '=', scope.assigneeId)
    .where('tasks.status', '=', 'open')
    .where('tasks.remind_on', '<=', today)
    .where((eb) => inScope(eb, scope, 'row'))
    .orderBy('tasks.remind_on')
    .orderBy('tasks.id')
    .limit(limit)
    .execute();
}
