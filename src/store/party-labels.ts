import type { Db } from './engine.js';

/** What lists show of the people, organizations and users named in a record: labels only. */
export interface PartyLabels {
  people: Map<string, { label: string; kind: string }>;
  organizations: Map<string, string>;
  users: Map<string, string>;
}

export async function partyLabels(
  db: Db,
  ids: { personIds: Iterable<string>; organizationIds: Iterable<string>; userIds: Iterable<string> },
): Promise<PartyLabels> {
  const personIds = [...new Set(ids.personIds)];
  const organizationIds = [...new Set(ids.organizationIds)];
  const userIds = [...new Set(ids.userIds)];
  // One after another: inside a transaction there is one connection.
  const people =
    personIds.length > 0
      ? await db.selectFrom('people').select(['id', 'label', 'kind']).where('id', 'in', personIds).execute()
      : [];
  const organizations =
    organizationIds.length > 0
      ? await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', organizationIds).execute()
      : [];
  const users =
    userIds.length > 0
      ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()
      : [];
  return {
    people: new Map(people.map((p) => [p.id, { label: p.label, kind: p.kind }])),
    organizations: new Map(organizations.map((o) => [o.id, o.name])),
    users: new Map(users.map((u) => [u.id, u.display_name])),
  };
}

/** Whether a person is recorded on one of the cases (as client, relative or witness). */
export async function personOnCases(db: Db, personId: string, caseIds: readonly string[]): Promise<boolean> {
  if (caseIds.length === 0) return false;
  const row = await db
    .selectFrom('case_people')
    .select('person_id')
    .where('person_id', '=', personId)
    .where('case_id', 'in', [...caseIds])
    .executeTakeFirst();
  return row !== undefined;
}
