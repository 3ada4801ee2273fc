import type { Selectable } from 'kysely';
import { claimValue } from '../../domain/claim.js';
import { topicFindings, type ComparableClaim, type TopicFindings } from '../../domain/claim-comparison.js';
import type { FieldCipher } from '../../security/field-cipher.js';
import { claimsOfTopic, evidenceOfTopic } from '../../store/claims.js';
import { partyLabels, type PartyLabels } from '../../store/party-labels.js';
import type { ClaimTopicsTable, ClaimsTable } from '../../store/schema.js';
import type { UseCaseContext } from '../use-case.js';

type ClaimRow = Selectable<ClaimsTable>;

function asserterKey(row: ClaimRow): string {
  return row.asserted_by_person_id
    ? `person:${row.asserted_by_person_id}`
    : `organization:${row.asserted_by_organization_id ?? ''}`;
}

function comparable(row: ClaimRow): ComparableClaim {
  return {
    id: row.id,
    assertedBy: asserterKey(row),
    stance: row.stance,
    value: row.value === null ? null : claimValue.parse(JSON.parse(row.value)),
    aboutFrom: row.about_from,
    aboutTo: row.about_to,
  };
}

export function findingsOf(rows: readonly ClaimRow[]): TopicFindings {
  return topicFindings(rows.map(comparable));
}

function asserter(row: ClaimRow, labels: PartyLabels) {
  return row.asserted_by_person_id
    ? { personId: row.asserted_by_person_id, label: labels.people.get(row.asserted_by_person_id)?.label ?? '?' }
    : {
        organizationId: row.asserted_by_organization_id ?? '',
        label: labels.organizations.get(row.asserted_by_organization_id ?? '') ?? '?',
      };
}

export function claimLabels(ctx: UseCaseContext, rows: readonly ClaimRow[]) {
  return partyLabels(ctx.tx, {
    personIds: rows.flatMap((r) => (r.asserted_by_person_id ? [r.asserted_by_person_id] : [])),
    organizationIds: rows.flatMap((r) => (r.asserted_by_organization_id ? [r.asserted_by_organization_id] : [])),
    userIds: [],
  });
}

/** A claim with what it contradicts on its topic; the statement is decrypted for a reader of the topic. */
export function claimView(cipher: FieldCipher, row: ClaimRow, labels: PartyLabels, findings: TopicFindings) {
  const comparison = comparable(row);
  return {
    id: row.id,
    topicId: row.topic_id,
    assertedBy: asserter(row, labels),
    assertedOn: row.asserted_on,
    stance: row.stance,
    value: comparison.value,
    aboutFrom: row.about_from,
    aboutTo: row.about_to,
    statement: cipher.decrypt('claims', 'statement', row.id, row.statement),
    source: { kind: row.source_kind, id: row.source_id },
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
    contradicts: findings.contradictions.flatMap((c) =>
      c.claimIds.includes(row.id) ? c.claimIds.filter((other) => other !== row.id) : [],
    ),
  };
}
type ClaimView = ReturnType<typeof claimView>;

/**
 * A topic with its claims side by side (grouped by who asserted them), the contradicting and
 * corroborating pairs, its verification status and the evidence behind it.
 */
export async function presentTopic(ctx: UseCaseContext, topic: Selectable<ClaimTopicsTable>, caseIds: string[]) {
  const cipher = ctx.deps.cipher;
  const rows = await claimsOfTopic(ctx.tx, topic.id);
  const findings = findingsOf(rows);
  const labels = await claimLabels(ctx, rows);
  const claims = rows.map((r) => claimView(cipher, r, labels, findings));
  const columns = new Map<string, { assertedBy: ClaimView['assertedBy']; claimIds: string[] }>();
  for (const claim of claims) {
    const key = JSON.stringify(claim.assertedBy);
    const column = columns.get(key) ?? { assertedBy: claim.assertedBy, claimIds: [] };
    column.claimIds.push(claim.id);
    columns.set(key, column);
  }
  const evidence = await evidenceOfTopic(ctx.tx, topic.id);
  return {
    id: topic.id,
    title: topic.title,
    status: topic.status,
    statusNote: topic.status_note ? cipher.decrypt('claim_topics', 'status_note', topic.id, topic.status_note) : null,
    caseIds,
    claims,
    sideBySide: [...columns.values()],
    contradictions: findings.contradictions,
    corroborations: findings.corroborations,
    evidence: evidence.map((e) =>
      e.claim_id ? { claimId: e.claim_id } : { source: { kind: e.source_kind ?? 'note', id: e.source_id ?? '' } },
    ),
    version: topic.version,
    createdAt: topic.created_at,
    updatedAt: topic.updated_at,
  };
}
