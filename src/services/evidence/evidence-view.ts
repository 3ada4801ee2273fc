import type { Selectable } from 'kysely';
import type { FieldCipher } from '../../security/field-cipher.js';
import type { PartyLabels } from '../../store/party-labels.js';
import type { CustodyEventsTable, EvidenceTable } from '../../store/schema.js';

/** Evidence as the case's staff see it: the intake facts, the file name as it was sent. */
export function evidenceView(cipher: FieldCipher, row: Selectable<EvidenceTable>, labels: PartyLabels) {
  const fromPerson = row.received_from_person_id;
  const fromOrganization = row.received_from_organization_id;
  return {
    id: row.id,
    incidentId: row.incident_id,
    caseId: row.case_id,
    derivedFrom: row.derived_from,
    sha256: row.sha256,
    size: row.size,
    mediaType: row.media_type,
    originalName: cipher.decrypt('evidence', 'original_name', row.id, row.original_name),
    description: row.description ? cipher.decrypt('evidence', 'description', row.id, row.description) : null,
    receivedFrom:
      fromPerson || fromOrganization
        ? {
            personId: fromPerson,
            organizationId: fromOrganization,
            label: fromPerson
              ? (labels.people.get(fromPerson)?.label ?? '?')
              : (labels.organizations.get(fromOrganization ?? '') ?? '?'),
          }
        : null,
    receivedBy: { userId: row.received_by, displayName: labels.users.get(row.received_by) ?? '?' },
    receivedAt: row.received_at,
  };
}
export type EvidenceView = ReturnType<typeof evidenceView>;

export function custodyView(row: Selectable<CustodyEventsTable>, labels: PartyLabels) {
  return {
    id: row.id,
    action: row.action,
    outcome: row.outcome,
    actor: row.actor_id ? { userId: row.actor_id, displayName: labels.users.get(row.actor_id) ?? '?' } : null,
    at: row.at,
    reason: row.reason,
    details: JSON.parse(row.details) as Record<string, string | number | boolean | null>,
  };
}

/** The ids evidence views need labels for. */
export function labelIds(
  rows: readonly Selectable<EvidenceTable>[],
  custody: readonly Selectable<CustodyEventsTable>[],
) {
  return {
    personIds: rows.flatMap((r) => (r.received_from_person_id ? [r.received_from_person_id] : [])),
    organizationIds: rows.flatMap((r) => (r.received_from_organization_id ? [r.received_from_organization_id] : [])),
    userIds: [...rows.map((r) => r.received_by), ...custody.flatMap((c) => (c.actor_id ? [c.actor_id] : []))],
  };
}
