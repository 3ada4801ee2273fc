import { sql, type Insertable, type Updateable } from 'kysely';
import type { DocumentKind } from '../domain/document.js';
import { clientCasesInScope, firstCaseOfEachClient, openCasesInScope, type CaseScope } from './client-scope.js';
import { standingChanged } from './client-standing.js';
import type { Db } from './engine.js';
import type { PersonDocumentsTable } from './schema.js';

/** Record a document, and mark the person's kept standing to be worked out again. */
export async function insertDocument(db: Db, row: Insertable<PersonDocumentsTable>) {
  const inserted = await db.insertInto('person_documents').values(row).returning('id').executeTakeFirstOrThrow();
  await standingChanged(db, row.person_id);
  return inserted;
}

/** Documents with the name of the issuing organization. */
function withIssuer(db: Db) {
  return db
    .selectFrom('person_documents')
    .leftJoin('organizations', 'organizations.id', 'person_documents.issuer_organization_id')
    .selectAll('person_documents')
    .select('organizations.name as issuer_organization_name');
}

export type DocumentRow = Awaited<ReturnType<ReturnType<typeof withIssuer>['executeTakeFirstOrThrow']>>;

export function findDocument(db: Db, personId: string, id: string) {
  return withIssuer(db)
    .where('person_documents.person_id', '=', personId)
    .where('person_documents.id', '=', id)
    .executeTakeFirst();
}

/** A person's documents by kind, the latest recorded first. */
export function listDocuments(db: Db, personId: string) {
  return withIssuer(db)
    .where('person_documents.person_id', '=', personId)
    .orderBy('person_documents.kind')
    .orderBy('person_documents.created_at', 'desc')
    .execute();
}

/** Change a document by version, and mark the person's kept standing to be worked out again. */
export async function updateDocument(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Updateable<PersonDocumentsTable>,
) {
  const updated = await db
    .updateTable('person_documents')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(['id', 'person_id'])
    .executeTakeFirst();
  if (updated) await standingChanged(db, updated.person_id);
  return updated;
}

/**
 * Expiry alerts for the people on the open cases in scope: documents held or withheld by the
 * organization that expire between `on` and `until`, and held ones already past their expiry
 * (still recorded as held: the record or the person needs attention). Soonest first, each with
 * the lowest code among the person's cases.
 */
export function expiringDocuments(db: Db, scope: CaseScope, opts: { on: string; until: string; limit: number }) {
  const casesOfDocumentPerson = () =>
    openCasesInScope(db, scope).where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_people')
          .select('case_people.case_id')
          .whereRef('case_people.case_id', '=', 'cases.id')
          .where('case_people.person_id', '=', sql.ref<string>('person_documents.person_id')),
      ),
    );
  return db
    .selectFrom('person_documents')
    .innerJoin('people', 'people.id', 'person_documents.person_id')
    .select([
      'person_documents.id',
      'person_documents.person_id',
      'people.label as person_label',
      'person_documents.kind',
      'person_documents.state',
      'person_documents.expires_on',
    ])
    .select(
      casesOfDocumentPerson()
        .select((eb) => eb.fn.min('cases.code').as('code'))
        .as('case_code'),
    )
    .where('person_documents.expires_on', '<=', opts.until)
    .$narrowType<{ expires_on: string }>()
    .where((eb) =>
      eb.or([
        eb('person_documents.state', '=', 'held'),
        eb.and([
          eb('person_documents.state', '=', 'withheld_by_organization'),
          eb('person_documents.expires_on', '>=', opts.on),
        ]),
      ]),
    )
    .where((eb) => eb.exists(casesOfDocumentPerson().select('cases.id')))
    .orderBy('person_documents.expires_on')
    .orderBy('person_documents.id')
    .limit(opts.limit)
    .execute();
}

/**
 * Clients of the open cases in scope who hold no document of these kinds that is valid on
 * `on` (held, not expired): a page from after `after`, at most `limit` rows read.
 */
export async function clientsWithoutValidDocument(
  db: Db,
  scope: CaseScope,
  opts: { kinds: readonly DocumentKind[]; on: string; after: string | null; limit: number },
) {
  const rows = await clientCasesInScope(db, scope, opts.after)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('person_documents')
            .select('person_documents.id')
            .whereRef('person_documents.person_id', '=', 'cases.client_id')
            .where('person_documents.kind', 'in', [...opts.kinds])
            .where('person_documents.state', '=', 'held')
            .where((d) =>
              d.or([d('person_documents.expires_on', 'is', null), d('person_documents.expires_on', '>=', opts.on)]),
            ),
        ),
      ),
    )
    .limit(opts.limit)
    .execute();
  const last = rows.at(-1);
  return {
    clients: firstCaseOfEachClient(rows),
    nextAfter: rows.length === opts.limit && last ? last.personId : null,
  };
}
