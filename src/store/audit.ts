import type { Insertable } from 'kysely';
import type { Db } from './engine.js';
import type { AuditCheckpointsTable } from './schema.js';

export function readAuditHead(db: Db) {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/** Every entry after `afterSeq` (up to `upToSeq`), in seq order, read a page at a time. */
export async function* walkAuditEntries(db: Db, afterSeq: number, upToSeq?: number, pageSize = 2000) {
  for (let after = afterSeq; ;) {
    let q = db.selectFrom('audit_log').selectAll().where('seq', '>', after);
    if (upToSeq !== undefined) q = q.where('seq', '<=', upToSeq);
    const rows = await q.orderBy('seq').limit(pageSize).execute();
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = last.seq;
  }
}

export interface AuditSearch {
  actorId?: string;
  action?: string;
  outcome?: string;
  targetType?: string;
  targetId?: string;
  caseId?: string;
  /** ISO timestamps: from inclusive, until exclusive. */
  from?: string;
  until?: string;
  /** Only entries older than this seq (paging back). */
  before?: number;
  limit: number;
}

/** Entries matching every given filter, newest first, with the acting user's name and role. */
export function searchAuditEntries(db: Db, s: AuditSearch) {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .selectAll('audit_log')
    .select(['users.display_name as actor_name', 'users.role as actor_role']);
  if (s.actorId) q = q.where('audit_log.actor_id', '=', s.actorId);
  if (s.action) q = q.where('audit_log.action', '=', s.action);
  if (s.outcome) q = q.where('audit_log.outcome', '=', s.outcome);
  if (s.targetType) q = q.where('audit_log.target_type', '=', s.targetType);
  if (s.targetId) q = q.where('audit_log.target_id', '=', s.targetId);
  if (s.caseId) q = q.where('audit_log.case_id', '=', s.caseId);
  if (s.from) q = q.where('audit_log.at', '>=', s.from);
  if (s.until) q = q.where('audit_log.at', '<', s.until);
  if (s.before !== undefined) q = q.where('audit_log.seq', '<', s.before);
  return q.orderBy('audit_log.seq', 'desc').limit(s.limit).execute();
}

/**
 * What happened on one case, newest first: entries recorded on it, refusals aimed at it, and
 * every entry about a person linked to it (reveals of their identity or whereabouts included,
 * through whichever case they were made). `revealsOnly` keeps the looks at protected values.
 */
export function caseAuditEntries(
  db: Db,
  caseId: string,
  opts: { before?: number; limit: number; revealsOnly: boolean },
) {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .leftJoin('people', (join) =>
      join.onRef('people.id', '=', 'audit_log.target_id').on('audit_log.target_type', '=', 'person'),
    )
    .selectAll('audit_log')
    .select(['users.display_name as actor_name', 'users.role as actor_role', 'people.label as target_label'])
    .where((eb) =>
      eb.or([
        eb('audit_log.case_id', '=', caseId),
        eb.and([eb('audit_log.target_type', '=', 'case'), eb('audit_log.target_id', '=', caseId)]),
        eb.and([
          eb('audit_log.target_type', '=', 'person'),
          eb(
            'audit_log.target_id',
            'in',
            eb.selectFrom('case_people').select('case_people.person_id').where('case_people.case_id', '=', caseId),
          ),
        ]),
        // Records shared by several cases carry no single case id: they belong to each case they are linked to.
        eb.and([
          eb('audit_log.target_type', '=', 'engagement'),
          eb(
            'audit_log.target_id',
            'in',
            eb
              .selectFrom('engagement_cases')
              .select('engagement_cases.engagement_id')
              .where('engagement_cases.case_id', '=', caseId),
          ),
        ]),
        eb.and([
          eb('audit_log.target_type', '=', 'claim-topic'),
          eb(
            'audit_log.target_id',
            'in',
            eb
              .selectFrom('claim_topic_cases')
              .select('claim_topic_cases.topic_id')
              .where('claim_topic_cases.case_id', '=', caseId),
          ),
        ]),
        eb.and([
          eb('audit_log.target_type', '=', 'claim'),
          eb(
            'audit_log.target_id',
            'in',
            eb
              .selectFrom('claims')
              .innerJoin('claim_topic_cases', 'claim_topic_cases.topic_id', 'claims.topic_id')
              .select('claims.id')
              .where('claim_topic_cases.case_id', '=', caseId),
          ),
        ]),
      ]),
    );
  if (opts.revealsOnly) {
    q = q.where((eb) =>
      eb.or([eb('audit_log.action', 'like', '%.reveal'), eb('audit_log.action', 'like', '%.export')]),
    );
  }
  if (opts.before !== undefined) q = q.where('audit_log.seq', '<', opts.before);
  return q.orderBy('audit_log.seq', 'desc').limit(opts.limit).execute();
}

export function insertCheckpoint(db: Db, row: Insertable<AuditCheckpointsTable>) {
  return db
    .insertInto('audit_checkpoints')
    .values(row)
    .onConflict((oc) => oc.column('tree_size').doNothing())
    .execute();
}

export function latestCheckpoint(db: Db) {
  return db.selectFrom('audit_checkpoints').selectAll().orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
}

/** Every stored checkpoint, oldest first. */
export function allCheckpoints(db: Db) {
  return db.selectFrom('audit_checkpoints').selectAll().orderBy('tree_size').execute();
}

/** Checkpoints newest first, for reading and exporting. */
export function recentCheckpoints(db: Db, opts: { before?: number; limit: number }) {
  let q = db.selectFrom('audit_checkpoints').selectAll();
  if (opts.before !== undefined) q = q.where('tree_size', '<', opts.before);
  return q.orderBy('tree_size', 'desc').limit(opts.limit).execute();
}
