import { dateOfDay } from '../domain/calendar.js';
import { coverage } from '../domain/support-forecast.js';
import type { Db } from './engine.js';

/** People read per page when the whole table is rebuilt; rows per insert statement. */
const PAGE = 2000;
const INSERT_ROWS = 500;

/**
 * What the forecast needs of the entitlements of these people: the terms of those that may
 * cover a day (suspended ones cover none), by person.
 */
export function coverageTerms(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('support_entitlements')
    .select(['person_id', 'status', 'period', 'starts_on', 'ends_on'])
    .where('person_id', 'in', [...personIds])
    .where('status', '<>', 'suspended')
    .orderBy('person_id')
    .execute();
}

/** Write the covered stretches of these people, whose rows are not in the table. */
async function writeCoverage(db: Db, personIds: readonly string[]) {
  const terms = new Map<string, Awaited<ReturnType<typeof coverageTerms>>>();
  for (const row of await coverageTerms(db, personIds)) {
    const list = terms.get(row.person_id);
    if (list) list.push(row);
    else terms.set(row.person_id, [row]);
  }
  const rows = [...terms].flatMap(([personId, list]) =>
    coverage(list.map((t) => ({ status: t.status, period: t.period, startsOn: t.starts_on, endsOn: t.ends_on }))).map(
      (s) => ({
        person_id: personId,
        starts_on: dateOfDay(s.start),
        ends_on: s.end === Infinity ? null : dateOfDay(s.end),
      }),
    ),
  );
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    await db
      .insertInto('support_coverage')
      .values(rows.slice(i, i + INSERT_ROWS))
      .execute();
  }
}

/** Rewrite a person's covered stretches from their entitlements, in the caller's transaction. */
export async function refreshCoverage(db: Db, personId: string) {
  await db.deleteFrom('support_coverage').where('person_id', '=', personId).execute();
  await writeCoverage(db, [personId]);
}

/** Rewrite every person's covered stretches from the entitlements, a page of people at a time. */
export async function rebuildCoverage(db: Db) {
  await db.deleteFrom('support_coverage').execute();
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('support_entitlements')
      .select('person_id')
      .distinct()
      .where('person_id', '>', after)
      .orderBy('person_id')
      .limit(PAGE)
      .execute();
    const last = page.at(-1);
    if (!last) return;
    await writeCoverage(
      db,
      page.map((r) => r.person_id),
    );
    after = last.person_id;
  }
}
