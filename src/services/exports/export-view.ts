import type { ExportRequestsTable } from '../../store/schema.js';

type ExportRow = ExportRequestsTable & { requester_name: string; decider_name: string | null };

export function exportCaseIds(row: Pick<ExportRequestsTable, 'case_ids'>): string[] {
  return JSON.parse(row.case_ids) as string[];
}

/** A request as its requester and its approvers see it: who, which cases, why, and where it stands. */
export function exportView(row: ExportRow) {
  return {
    id: row.id,
    requestedBy: { id: row.requested_by, displayName: row.requester_name },
    scope: row.scope,
    teamId: row.team_id,
    caseIds: exportCaseIds(row),
    reason: row.reason,
    status: row.status,
    decidedBy: row.decided_by ? { id: row.decided_by, displayName: row.decider_name ?? '?' } : null,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    expiresAt: row.expires_at,
    executedAt: row.executed_at,
    itemCount: row.item_count,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
