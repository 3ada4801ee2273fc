import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import type { Db } from './engine.js';
import type { SearchDocumentsTable } from './schema.js';

export type DocumentKind = SearchDocumentsTable['source_kind'];

export interface DocumentEntry {
  kind: DocumentKind;
  sourceId: string;
  /** Keyed hashes (hex) of the document's words and facets. */
  tokens: readonly string[];
  occurredFrom: string;
  occurredTo: string;
  caseIds: readonly string[];
}

/** Take `count` new sequence numbers from the head; the first of them is returned. */
async function takeSeqs(db: Db, count: number): Promise<number> {
  const head = await db
    .updateTable('search_index_head')
    .set((eb) => ({ seq: eb('seq', '+', count) }))
    .where('id', '=', 1)
    .returning('seq')
    .executeTakeFirstOrThrow();
  return head.seq - count + 1;
}

/**
 * Index documents, or index them again: a document keeps its place in the order (its seq) when
 * it changes. On SQLite the FTS5 table follows through triggers, in the same transaction.
 */
export async function putDocuments(db: Db, entries: readonly DocumentEntry[], at: string): Promise<void> {
  const fresh: DocumentEntry[] = [];
  for (const e of entries) {
    const existing = await db
      .selectFrom('search_documents')
      .select('seq')
      .where('source_kind', '=', e.kind)
      .where('source_id', '=', e.sourceId)
      .executeTakeFirst();
    if (!existing) {
      fresh.push(e);
      continue;
    }
    await db
      .updateTable('search_documents')
      .set({ tokens: e.tokens.join(' '), occurred_from: e.occurredFrom, occurred_to: e.occurredTo, indexed_at: at })
      .where('seq', '=', existing.seq)
      .execute();
    await db.deleteFrom('search_document_cases').where('doc_seq', '=', existing.seq).execute();
    await insertCases(db, [{ seq: existing.seq, caseIds: e.caseIds }]);
  }
  if (fresh.length === 0) return;
  const first = await takeSeqs(db, fresh.length);
  const rows = fresh.map((e, i) => ({
    seq: first + i,
    source_kind: e.kind,
    source_id: e.sourceId,
    tokens: e.tokens.join(' '),
    occurred_from: e.occurredFrom,
    occurred_to: e.occurredTo,
    indexed_at: at,
  }));
  // Seven values per row: batches stay far below either engine's limit on bound values.
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('search_documents')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
  await insertCases(
    db,
    rows.map((r, i) => ({ seq: r.seq, caseIds: fresh[i]?.caseIds ?? [] })),
  );
}

async function insertCases(db: Db, docs: readonly { seq: number; caseIds: readonly string[] }[]): Promise<void> {
  const rows = docs.flatMap((d) => [...new Set(d.caseIds)].map((caseId) => ({ doc_seq: d.seq, case_id: caseId })));
  for (let i = 0; i < rows.length; i += 2000) {
    await db
      .insertInto('search_document_cases')
      .values(rows.slice(i, i + 2000))
      .execute();
  }
}

/** Up to `limit` ids of the cases the user sees: assigned to them or to one of their teams. */
export function visibleCaseIds(db: Db, scope: { userId: string; teamIds: readonly string[] }, limit: number) {
  // Two index lookups (assignments by user, cases by team) rather than one pass over the cases,
  // stopping at the limit; a case both assigned and in a team may come twice.
  const assigned = db.selectFrom('case_assignments').select('case_id as id').where('user_id', '=', scope.userId);
  const query =
    scope.teamIds.length > 0
      ? assigned.unionAll(
          db
            .selectFrom('cases')
            .select('id')
            .where('team_id', 'in', [...scope.teamIds]),
        )
      : assigned;
  return query
    .limit(limit)
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

/**
 * Whose documents a search may return: those of a few named cases, or of the cases a user sees.
 * A document is returned only when every case it belongs to is in scope.
 */
export type IndexScope = { caseIds: readonly string[] } | { userId: string; teamIds: readonly string[] };

export interface IndexQuery {
  /** Hashes a document must all hold. */
  all: readonly string[];
  /** Groups of hashes: a document must hold at least one of each group. */
  anyOf: readonly (readonly string[])[];
  scope: IndexScope;
  /** The days the document's dates must overlap, both included. */
  from?: string;
  to?: string;
  /** Only documents indexed before this one (paging back). */
  before?: number;
  limit: number;
}

function inScope(seq: RawBuilder<unknown>, scope: IndexScope): RawBuilder<unknown> {
  if ('caseIds' in scope && scope.caseIds.length === 0) return sql`1 = 0`;
  const visible =
    'caseIds' in scope
      ? sql`dc.case_id in (${sql.join([...scope.caseIds])})`
      : sql`exists (select 1 from cases c where c.id = dc.case_id and (${
          scope.teamIds.length > 0 ? sql`c.team_id in (${sql.join([...scope.teamIds])}) or ` : sql``
        }exists (select 1 from case_assignments a where a.case_id = c.id and a.user_id = ${scope.userId})))`;
  return sql`exists (select 1 from search_document_cases dc where dc.doc_seq = ${seq})
    and not exists (select 1 from search_document_cases dc where dc.doc_seq = ${seq} and not (${visible}))`;
}

function datesOverlap(from: RawBuilder<unknown>, to: RawBuilder<unknown>, q: IndexQuery): RawBuilder<unknown> {
  return sql.join(
    [...(q.from ? [sql`${to} >= ${q.from}`] : []), ...(q.to ? [sql`${from} <= ${q.to}`] : []), sql`1 = 1`],
    sql` and `,
  );
}

/** An FTS5 query over the hex hashes: each quoted (they are hex, nothing to escape). */
function ftsExpression(q: IndexQuery): string | null {
  const parts = [
    ...q.all.map((h) => `"${h}"`),
    ...q.anyOf.map((group) => `(${group.map((h) => `"${h}"`).join(' OR ')})`),
  ];
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/**
 * The seqs of the matching documents in scope, newest first. On SQLite the FTS5 index is walked
 * in descending rowid order and each candidate checked (dates, scope) until the page is full:
 * the cost follows the page, not the number of matches. On PostgreSQL the GIN index over the
 * hashes answers the containment and the planner picks the order.
 */
export async function matchDocuments(db: Db, q: IndexQuery): Promise<number[]> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const rows = pg ? await matchPostgres(db, q) : await matchSqlite(db, q);
  return rows.map((r) => r.seq);
}

async function matchSqlite(db: Db, q: IndexQuery) {
  const expression = ftsExpression(q);
  const before = q.before === undefined ? sql`` : sql` and seq < ${q.before}`;
  if (expression === null) {
    const query = sql<{ seq: number }>`select seq from search_documents d
      where ${datesOverlap(sql`d.occurred_from`, sql`d.occurred_to`, q)}${before}
        and ${inScope(sql`d.seq`, q.scope)}
      order by seq desc limit ${q.limit}`;
    return (await query.execute(db)).rows;
  }
  const rowid = sql`search_fts.rowid`;
  const dated =
    q.from || q.to
      ? sql` and exists (select 1 from search_documents d where d.seq = ${rowid} and ${datesOverlap(
          sql`d.occurred_from`,
          sql`d.occurred_to`,
          q,
        )})`
      : sql``;
  const query = sql<{ seq: number }>`select rowid as seq from search_fts
    where search_fts match ${expression}${q.before === undefined ? sql`` : sql` and rowid < ${q.before}`}${dated}
      and ${inScope(rowid, q.scope)}
    order by rowid desc limit ${q.limit}`;
  return (await query.execute(db)).rows;
}

async function matchPostgres(db: Db, q: IndexQuery) {
  const tokens = sql`string_to_array(d.tokens, ' ')`;
  const clauses = [
    ...(q.all.length > 0 ? [sql`${tokens} @> ${[...q.all]}::text[]`] : []),
    ...q.anyOf.map((group) => sql`${tokens} && ${[...group]}::text[]`),
    ...(q.before === undefined ? [] : [sql`d.seq < ${q.before}`]),
    datesOverlap(sql`d.occurred_from`, sql`d.occurred_to`, q),
    inScope(sql`d.seq`, q.scope),
  ];
  const query = sql<{ seq: number }>`select d.seq from search_documents d
    where ${sql.join(clauses, sql` and `)}
    order by d.seq desc limit ${q.limit}`;
  return (await query.execute(db)).rows;
}

/** What the page of results needs to be shown: the source of each document and its cases. */
export async function documentsBySeq(db: Db, seqs: readonly number[]) {
  if (seqs.length === 0) return [];
  const docs = await db
    .selectFrom('search_documents')
    .select(['seq', 'source_kind', 'source_id', 'occurred_from', 'occurred_to', 'indexed_at'])
    .where('seq', 'in', [...seqs])
    .execute();
  const links = await db
    .selectFrom('search_document_cases')
    .select(['doc_seq', 'case_id'])
    .where('doc_seq', 'in', [...seqs])
    .execute();
  return docs.map((d) => ({
    ...d,
    caseIds: links.filter((l) => l.doc_seq === d.seq).map((l) => l.case_id),
  }));
}

/** The access facts of the cases of a page of results: their team and who is assigned, in two queries. */
export async function caseFactsOf(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return new Map<string, { teamId: string | null; assignedUserIds: string[] }>();
  const ids = [...new Set(caseIds)];
  const cases = await db.selectFrom('cases').select(['id', 'team_id']).where('id', 'in', ids).execute();
  const assigned = await db
    .selectFrom('case_assignments')
    .select(['case_id', 'user_id'])
    .where('case_id', 'in', ids)
    .execute();
  return new Map(
    cases.map((c) => [
      c.id,
      { teamId: c.team_id, assignedUserIds: assigned.filter((a) => a.case_id === c.id).map((a) => a.user_id) },
    ]),
  );
}

/** The encrypted texts of a page of results: notes, incidents and testimonies, a query each. */
export async function pageTexts(db: Db, ids: { notes: string[]; incidents: string[]; sources: string[] }) {
  const notes =
    ids.notes.length > 0
      ? await db.selectFrom('case_notes').select(['id', 'body']).where('id', 'in', ids.notes).execute()
      : [];
  const sources =
    ids.sources.length > 0
      ? await db
          .selectFrom('incident_sources')
          .select(['id', 'incident_id', 'statement'])
          .where('id', 'in', ids.sources)
          .execute()
      : [];
  const incidentIds = [...new Set([...ids.incidents, ...sources.map((s) => s.incident_id)])];
  const incidents =
    incidentIds.length > 0
      ? await db.selectFrom('incidents').select(['id', 'title', 'description']).where('id', 'in', incidentIds).execute()
      : [];
  return {
    notes: new Map(notes.map((n) => [n.id, n])),
    incidents: new Map(incidents.map((i) => [i.id, i])),
    sources: new Map(sources.map((s) => [s.id, s])),
  };
}

/** Notes not yet in the index, oldest first, a batch at a time (for an upgrade or a benchmark). */
export function unindexedNotes(db: Db, after: string | null, limit: number) {
  let q = db
    .selectFrom('case_notes')
    .select(['id', 'case_id', 'body', 'created_at'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('search_documents')
            .select('seq')
            .where('source_kind', '=', 'note')
            .whereRef('search_documents.source_id', '=', 'case_notes.id'),
        ),
      ),
    );
  if (after !== null) q = q.where('id', '>', after);
  return q.orderBy('id').limit(limit).execute();
}
