import { sql } from 'kysely';
import type { DocumentKind } from '../domain/document.js';
import { casesCounted, type TotalsScope } from './dashboard.js';
import type { Db } from './engine.js';

/** The groups of document kinds a client may hold a valid one of. */
export interface DocumentGroups {
  workPermit: readonly DocumentKind[];
  travelDocument: readonly DocumentKind[];
}

/** How many clients share one standing on a day. */
export interface ClientStanding {
  /** The basis of the status in force (null when none is recorded). */
  basis: string | null;
  workPermit: boolean;
  travelDocument: boolean;
  /**
   * When the support covering the day ends: `i` when its last day is before `ends[i]` (the
   * first such), `ends.length` when it lasts until the last of them or has no end; null when
   * nothing covers the day.
   */
  coverageBand: number | null;
  count: number;
}

/**
 * Every client counted once, in one pass, by their standing on `on`: the basis of the status in
 * force (the latest entry effective on the day, the later recorded first), whether they hold a
 * valid document of each group (held, not past its expiry: the rule of `isValidOn`), and when
 * the stretch of support covering the day ends (support_coverage), against the days `ends`
 * (ascending).
 */
export async function clientStandings(
  db: Db,
  scope: TotalsScope,
  q: { on: string; documents: DocumentGroups; ends: readonly string[] },
): Promise<ClientStanding[]> {
  // One read of the person's held documents: 1 when one of the work permit kinds is valid, plus
  // 2 when one of the travel document kinds is.
  const kindsIn = (kinds: readonly DocumentKind[]) => sql`d.kind in (${sql.join([...kinds])})`;
  const documents = sql<number | string | null>`(
      select max(case when ${kindsIn(q.documents.workPermit)} then 1 else 0 end)
        + 2 * max(case when ${kindsIn(q.documents.travelDocument)} then 1 else 0 end)
      from person_documents d
      where d.person_id = clients.client_id and d.state = 'held' and (d.expires_on is null or d.expires_on >= ${q.on})
    )`;
  const beyond = q.ends.length;
  const band = sql<number | string | null>`(
      select case when v.ends_on is null then ${beyond}
        ${sql.join(
          q.ends.map((end, i) => sql`when v.ends_on < ${end} then ${i}`),
          sql` `,
        )}
        else ${beyond} end
      from support_coverage v
      where v.person_id = clients.client_id and v.starts_on <= ${q.on} and (v.ends_on is null or v.ends_on >= ${q.on})
    )`;
  const basis = sql<string | null>`(
      select s.basis from legal_statuses s
      where s.person_id = clients.client_id and s.effective_from <= ${q.on}
      order by s.effective_from desc, s.created_at desc
      limit 1
    )`;
  const rows = await db
    .with('clients', () => casesCounted(db, scope).clearSelect().select('cases.client_id as client_id').distinct())
    // Materialized, so that each client's rows are read once and the grouping reads only the result.
    .with(
      (cte) => cte('standing').materialized(),
      (qb) => qb.selectFrom('clients').select([basis.as('basis'), documents.as('documents'), band.as('band')]),
    )
    .selectFrom('standing')
    .select(['basis', 'documents', 'band', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy(['basis', 'documents', 'band'])
    .execute();
  return rows.map((r) => {
    const held = Number(r.documents ?? 0);
    return {
      basis: r.basis,
      workPermit: (held & 1) === 1,
      travelDocument: (held & 2) === 2,
      coverageBand: r.band === null ? null : Number(r.band),
      count: Number(r.n),
    };
  });
}
