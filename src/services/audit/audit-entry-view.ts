import type { AuditEntry } from '../../security/audit-log.js';
import type { Role } from '../../security/roles.js';

export type AuditDetails = NonNullable<AuditEntry['details']>;

interface EntryRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: Role | null;
  action: string;
  outcome: string;
  target_type: string | null;
  target_id: string | null;
  case_id: string | null;
  reason: string | null;
  details: string;
}

/** An entry as readers see it: identifiers, names of actions and fields, reasons; never a protected value. */
export function auditEntryView(row: EntryRow) {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor_id ? { id: row.actor_id, displayName: row.actor_name, role: row.actor_role } : null,
    action: row.action,
    outcome: row.outcome,
    targetType: row.target_type,
    targetId: row.target_id,
    caseId: row.case_id,
    reason: row.reason,
    details: JSON.parse(row.details) as AuditDetails,
  };
}

/** Looks at protected values: identity or whereabouts revealed, or exported in bulk. */
export function isReveal(action: string): boolean {
  return action.endsWith('.reveal') || action.endsWith('.export');
}
