import type { PersonKind } from '../domain/person.js';
import type { Db } from './engine.js';

/** Hashes per insert statement: two values each, far below either engine's limit on bound values. */
const BATCH = 2000;

/** Replace the keyed hashes of one person's names, recording the key version they were made with. */
export async function replaceNameKeys(
  db: Db,
  personId: string,
  hashes: readonly string[],
  keyVersion: number,
  at: string,
): Promise<void> {
  await db.deleteFrom('person_name_keys').where('person_id', '=', personId).execute();
  const rows = [...new Set(hashes)].map((hash) => ({ hash, person_id: personId }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto('person_name_keys')
      .values(rows.slice(i, i + BATCH))
      .execute();
  }
  await db
    .insertInto('person_name_index')
    .values({ person_id: personId, key_version: keyVersion, indexed_at: at })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ key_version: keyVersion, indexed_at: at }))
    .execute();
}

/** The people holding any of the hashes, at most `limit` of them. */
export async function peopleWithAnyKey(db: Db, hashes: readonly string[], limit: number): Promise<string[]> {
  if (hashes.length === 0) return [];
  const rows = await db
    .selectFrom('person_name_keys')
    .select('person_id')
    .distinct()
    .where('hash', 'in', [...hashes])
    .limit(limit)
    .execute();
  return rows.map((r) => r.person_id);
}

/**
 * How many people hold each hash, counted no further than `cap + 1`: enough to tell a rare name
 * part from a common one without counting every holder of the common one.
 */
export async function keyHolderCounts(db: Db, hashes: readonly string[], cap: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const hash of new Set(hashes)) {
    const rows = await db
      .selectFrom('person_name_keys')
      .select('person_id')
      .where('hash', '=', hash)
      .limit(cap + 1)
      .execute();
    counts.set(hash, rows.length);
  }
  return counts;
}

/** The sealed identities of a few people. */
export function sealedIdentities(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person_identities')
    .select(['person_id', 'identity'])
    .where('person_id', 'in', [...personIds])
    .execute();
}

/** The cases each of a few people is recorded in. */
export async function casesOfPeople(db: Db, personIds: readonly string[]): Promise<Map<string, string[]>> {
  const cases = new Map<string, string[]>();
  if (personIds.length === 0) return cases;
  const rows = await db
    .selectFrom('case_people')
    .select(['person_id', 'case_id'])
    .where('person_id', 'in', [...personIds])
    .execute();
  for (const r of rows) cases.set(r.person_id, [...(cases.get(r.person_id) ?? []), r.case_id]);
  return cases;
}

/**
 * People of the given kinds whose names are not indexed with the current key version (never indexed, or with older
 * rules), in id order after `after`, a batch at a time.
 */
export function peopleWithStaleNameKeys(
  db: Db,
  kinds: readonly PersonKind[],
  keyVersion: number,
  after: string | null,
  limit: number,
) {
  let q = db
    .selectFrom('person_identities')
    .innerJoin('people', 'people.id', 'person_identities.person_id')
    .leftJoin('person_name_index', 'person_name_index.person_id', 'person_identities.person_id')
    .select(['person_identities.person_id', 'person_identities.identity'])
    .where('people.kind', 'in', [...kinds])
    .where((eb) =>
      eb.or([eb('person_name_index.key_version', 'is', null), eb('person_name_index.key_version', '<>', keyVersion)]),
    );
  if (after !== null) q = q.where('person_identities.person_id', '>', after);
  return q.orderBy('person_identities.person_id').limit(limit).execute();
}
