import type { Selectable } from 'kysely';
import type { CaseAccessFacts } from '../../security/policy.js';
import { caseAbilities } from '../../security/policy.js';
import type { Actor } from '../../security/roles.js';
import type { FieldCipher } from '../../security/field-cipher.js';
import type { CasesTable } from '../../store/schema.js';

export function caseSummaryText(cipher: FieldCipher, row: Selectable<CasesTable>): string | null {
  return row.summary ? cipher.decrypt('cases', 'summary', row.id, row.summary) : null;
}

export function caseView(
  row: Selectable<CasesTable>,
  extra: { clientLabel: string; summary: string | null; actor: Actor; facts: CaseAccessFacts },
) {
  return {
    id: row.id,
    code: row.code,
    clientId: row.client_id,
    clientLabel: extra.clientLabel,
    teamId: row.team_id,
    status: row.status,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    summary: extra.summary,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    abilities: caseAbilities(extra.actor, extra.facts),
  };
}
export type CaseView = ReturnType<typeof caseView>;
