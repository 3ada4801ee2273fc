import type { Actor } from '../../security/roles.js';
import { searchAuditEntries } from '../../store/audit.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { auditEntryView, type AuditDetails } from './audit-entry-view.js';

export interface AuditEntryQuery {
  actorId?: string;
  action?: string;
  outcome?: 'ok' | 'refused' | 'failed';
  targetType?: string;
  targetId?: string;
  caseId?: string;
  /** Dates (YYYY-MM-DD, UTC), both included. */
  from?: string;
  to?: string;
  before?: number;
  limit: number;
}

/**
 * Read the audit log, newest first, for an auditor: the entries only (who, what, on which
 * record, why), no case content. The read is itself recorded, with the filters used.
 */
export function listAuditEntries(deps: Deps, actor: Actor, query: AuditEntryQuery) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'audit:read', { type: 'audit_log' });
    if (query.from && query.to && query.to < query.from) {
      throw new InvalidInputError('to', 'must not be before from');
    }
    const rows = await searchAuditEntries(ctx.tx, {
      ...query,
      from: query.from ? `${query.from}T00:00:00.000Z` : undefined,
      until: query.to ? dayAfter(query.to) : undefined,
    });
    const filters: AuditDetails = Object.fromEntries(
      Object.entries(query).filter(([key, value]) => value !== undefined && key !== 'limit'),
    );
    await ctx.audit({
      action: 'audit.entries.read',
      targetType: 'audit_log',
      details: { ...filters, count: rows.length },
    });
    return {
      items: rows.map(auditEntryView),
      nextBefore: rows.length === query.limit ? (rows.at(-1)?.seq ?? null) : null,
    };
  });
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}
