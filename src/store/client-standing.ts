import { standingOn, type DocumentGroups, type Standing, type StandingRecords } from '../domain/client-standing.js';
import type { Db } from './engine.js';
import { rowsOf } from './rows-of.js';

/** People whose records are read, and rows written, per statement. */
const BATCH = 500;

/**
 * Mark a person's kept standing to be worked out again, in the transaction that changed their
 * statuses, documents or support: its day is cleared and its version raised, so that a reading
 * taken before the change is never written back over it.
 */
export async function standingChanged(db: Db, personId: string): Promise<void> {
  await db
    .insertInto('client_standing')
    .values({ person_id: personId, version: 1 })
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet((eb) => ({
        version: eb('client_standing.version', '+', 1),
        computed_on: null,
      })),
    )
    .execute();
}

/** The records of these people a standing is worked out from, by person. */
async function standingRecords(db: Db, personIds: readonly string[]): Promise<Map<string, StandingRecords>> {
  const statuses = await db
    .selectFrom('legal_statuses')
    .select(['person_id', 'basis', 'effective_from', 'created_at'])
    .where('person_id', 'in', [...personIds])
    .execute();
  const documents = await db
    .selectFrom('person_documents')
    .select(['person_id', 'kind', 'expires_on'])
    .where('person_id', 'in', [...personIds])
    .where('state', '=', 'held')
    .execute();
  const coverage = await db
    .selectFrom('support_coverage')
    .select(['person_id', 'starts_on', 'ends_on'])
    .where('person_id', 'in', [...personIds])
    .execute();
  const statusesOf = rowsOf(statuses, 'person_id');
  const documentsOf = rowsOf(documents, 'person_id');
  const coverageOf = rowsOf(coverage, 'person_id');
  return new Map(
    personIds.map((id) => [
      id,
      {
        statuses: statusesOf(id).map((s) => ({
          basis: s.basis,
          effectiveFrom: s.effective_from,
          createdAt: s.created_at,
        })),
        heldDocuments: documentsOf(id).map((d) => ({ kind: d.kind, expiresOn: d.expires_on })),
        coverage: coverageOf(id).map((c) => ({ startsOn: c.starts_on, endsOn: c.ends_on })),
      },
    ]),
  );
}

const flag = (b: boolean) => (b ? 1 : 0);

/**
 * Work out the standing of these people on `on` and keep it: each row is written unless the
 * person's records changed after `version` was read (0 when they had no row).
 */
export async function workOutStandings(
  db: Db,
  people: readonly { personId: string; version: number }[],
  groups: DocumentGroups,
  on: string,
): Promise<void> {
  for (let i = 0; i < people.length; i += BATCH) {
    const batch = people.slice(i, i + BATCH);
    const records = await standingRecords(
      db,
      batch.map((p) => p.personId),
    );
    const worked = batch.map((p) => {
      const r = records.get(p.personId);
      if (!r) throw new Error('a person read is missing from their records');
      return standingOn(r, groups, on);
    });
    await db
      .insertInto('client_standing')
      .values(
        batch.map((p, j) => {
          const s = worked[j] as Standing;
          return {
            person_id: p.personId,
            version: p.version,
            computed_on: on,
            valid_until: s.validUntil,
            basis: s.basis,
            work_permit: flag(s.workPermit),
            travel_document: flag(s.travelDocument),
            covered: flag(s.coverage !== null),
            coverage_ends_on: s.coverage?.endsOn ?? null,
          };
        }),
      )
      .onConflict((oc) =>
        oc
          .column('person_id')
          .doUpdateSet((eb) => ({
            computed_on: eb.ref('excluded.computed_on'),
            valid_until: eb.ref('excluded.valid_until'),
            basis: eb.ref('excluded.basis'),
            work_permit: eb.ref('excluded.work_permit'),
            travel_document: eb.ref('excluded.travel_document'),
            covered: eb.ref('excluded.covered'),
            coverage_ends_on: eb.ref('excluded.coverage_ends_on'),
          }))
          .whereRef('client_standing.version', '=', 'excluded.version'),
      )
      .execute();
  }
}
