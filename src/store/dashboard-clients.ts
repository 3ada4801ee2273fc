import { sql, type RawBuilder } from 'kysely';
import type { DocumentGroups } from '../domain/client-standing.js';
import { workOutStandings } from './client-standing.js';
import { clientGroupCounted, type TotalsScope } from './dashboard.js';
import type { Db } from './engine.js';

/** The clients counted by each part of their standing on a day. */
export interface ClientCounts {
  clients: number;
  /** By the basis of the status in force, for each basis asked about; the others have none recorded. */
  byBasis: Map<string, number>;
  workPermit: number;
  travelDocument: number;
  /**
   * By when the support covering the day ends: `bands[i]` ends before `ends[i]` (the first such),
   * `bands[ends.length]` lasts until the last of them or has no end.
   */
  bands: number[];
  withoutSupport: number;
}

/** Attempts at working out the standings that do not hold before giving up (each one is a change made meanwhile). */
const ATTEMPTS = 3;

/**
 * Every client counted once by their standing on `on` (domain/client-standing.ts): the basis of
 * the status in force (for each of `bases`), whether they hold a valid document of each group, and
 * when the stretch of support covering the day ends, against the days `ends` (ascending). One
 * pass over the kept standings of the scope groups counted sums each part, without reading a
 * case or sorting the clients into groups.
 * When some do not hold on the day (never worked out, changed since, or past the day they held
 * until), those are worked out from the records and kept, and the pass runs again.
 */
export async function clientCounts(
  db: Db,
  scope: TotalsScope,
  q: { on: string; bases: readonly string[]; documents: DocumentGroups; ends: readonly string[] },
): Promise<ClientCounts> {
  const holds = sql<number>`case when s.computed_on <= ${q.on} and (s.valid_until is null or s.valid_until > ${q.on}) then 1 else 0 end`;
  const kept = () => db.selectFrom('client_standing as s').where(clientGroupCounted(db, scope, 's.scope_group'));
  const sumOf = (condition: RawBuilder<unknown>) =>
    sql<number | string | null>`sum(case when ${condition} then 1 else 0 end)`;
  const sums = {
    bases: q.bases.map((basis) => sumOf(sql`s.basis = ${basis}`)),
    workPermit: sumOf(sql`s.work_permit = 1`),
    travelDocument: sumOf(sql`s.travel_document = 1`),
    endingBefore: q.ends.map((end) => sumOf(sql`s.covered = 1 and s.coverage_ends_on < ${end}`)),
    covered: sumOf(sql`s.covered = 1`),
  };
  const named = [
    ...sums.bases.map((e, i) => e.as(`basis_${i}`)),
    sums.workPermit.as('work_permit'),
    sums.travelDocument.as('travel_document'),
    ...sums.endingBefore.map((e, i) => e.as(`ending_before_${i}`)),
    sums.covered.as('covered'),
  ];
  for (let attempt = 1; ; attempt += 1) {
    const row: Record<string, number | string | null> = await kept()
      .select([
        (eb) => eb.fn.countAll<number | string>().as('clients'),
        sql<number | string | null>`sum(${holds})`.as('holding'),
        ...named,
      ])
      .executeTakeFirstOrThrow();
    const n = (key: string) => Number(row[key] ?? 0);
    const clients = n('clients');
    if (n('holding') === clients) {
      // Ending before each day includes ending before the earlier ones.
      const before = q.ends.map((_, i) => n(`ending_before_${i}`));
      const covered = n('covered');
      return {
        clients,
        byBasis: new Map(q.bases.map((basis, i) => [basis, n(`basis_${i}`)])),
        workPermit: n('work_permit'),
        travelDocument: n('travel_document'),
        bands: [...before.map((b, i) => b - (before[i - 1] ?? 0)), covered - (before.at(-1) ?? 0)],
        withoutSupport: clients - covered,
      };
    }
    if (attempt === ATTEMPTS) throw new Error('the standings of the clients kept changing while they were counted');
    const stale = await kept()
      .select(['s.person_id as person_id', 's.version as version'])
      .where(holds, '=', 0)
      .orderBy('s.person_id')
      .execute();
    await workOutStandings(
      db,
      stale.map((p) => ({ personId: p.person_id, version: p.version })),
      q.documents,
      q.on,
    );
  }
}
