import type { Selectable } from 'kysely';
import type { OrganizationsTable } from '../../store/schema.js';

export function organizationView(row: Selectable<OrganizationsTable>) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    acronym: row.acronym,
    country: row.country,
    notes: row.notes,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
export type OrganizationView = ReturnType<typeof organizationView>;
