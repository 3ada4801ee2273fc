import type { Selectable } from 'kysely';
import { findOrganization } from '../../store/organizations.js';
import type { PeopleTable } from '../../store/schema.js';
import type { UseCaseContext } from '../use-case.js';
import { personAbilities, type PersonAbilities } from './person-abilities.js';

/** A person as lists and summaries show them: the label, never the protected identity. */
export function personView(
  row: Selectable<PeopleTable>,
  extra: { organizationName: string | null; abilities: PersonAbilities },
) {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    organizationId: row.organization_id,
    organizationName: extra.organizationName,
    roleTitle: row.role_title,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    abilities: extra.abilities,
  };
}
export type PersonView = ReturnType<typeof personView>;

/** The summary of a person with what the actor may do on them. */
export async function presentPerson(ctx: UseCaseContext, row: Selectable<PeopleTable>): Promise<PersonView> {
  const organization = row.organization_id ? await findOrganization(ctx.tx, row.organization_id) : undefined;
  return personView(row, {
    organizationName: organization?.name ?? null,
    abilities: await personAbilities(ctx, row),
  });
}
