import type { Selectable } from 'kysely';
import type { FieldCipher } from '../../security/field-cipher.js';
import { filingsOf, hearingsOf, partiesOf } from '../../store/legal-actions.js';
import { partyLabels } from '../../store/party-labels.js';
import type { FilingsTable, HearingsTable, LegalActionsTable } from '../../store/schema.js';
import type { UseCaseContext } from '../use-case.js';

export function hearingView(cipher: FieldCipher, row: Selectable<HearingsTable>) {
  return {
    id: row.id,
    on: row.held_on,
    place: row.place,
    result: row.result ? cipher.decrypt('hearings', 'result', row.id, row.result) : null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function filingView(row: Selectable<FilingsTable>) {
  return {
    id: row.id,
    kind: row.kind,
    deadlineOn: row.deadline_on,
    filedOn: row.filed_on,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The proceedings as lists show them, with the forum's name. */
export function legalActionSummary(row: Selectable<LegalActionsTable>, forumName: string) {
  return {
    id: row.id,
    caseId: row.case_id,
    forum: { id: row.forum_organization_id, name: forumName },
    kind: row.kind,
    title: row.title,
    reference: row.reference,
    status: row.status,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Everything about one legal action: parties by side, hearings, filings, outcome. */
export async function presentLegalAction(ctx: UseCaseContext, row: Selectable<LegalActionsTable>) {
  const cipher = ctx.deps.cipher;
  const parties = await partiesOf(ctx.tx, row.id);
  const labels = await partyLabels(ctx.tx, {
    personIds: parties.flatMap((p) => (p.person_id ? [p.person_id] : [])),
    organizationIds: [
      row.forum_organization_id,
      ...parties.flatMap((p) => (p.organization_id ? [p.organization_id] : [])),
    ],
    userIds: [],
  });
  return {
    ...legalActionSummary(row, labels.organizations.get(row.forum_organization_id) ?? '?'),
    outcome: row.outcome ? cipher.decrypt('legal_actions', 'outcome', row.id, row.outcome) : null,
    parties: parties.map((p) => ({
      side: p.side,
      ...(p.person_id
        ? { personId: p.person_id, label: labels.people.get(p.person_id)?.label ?? '?' }
        : { organizationId: p.organization_id ?? '', label: labels.organizations.get(p.organization_id ?? '') ?? '?' }),
    })),
    hearings: (await hearingsOf(ctx.tx, row.id)).map((h) => hearingView(cipher, h)),
    filings: (await filingsOf(ctx.tx, row.id)).map(filingView),
  };
}
