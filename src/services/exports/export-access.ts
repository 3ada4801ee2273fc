import { allowsOnCase } from '../../security/policy.js';
import { findCase } from '../../store/cases.js';
import { findExportRequest } from '../../store/export-requests.js';
import type { ExportRequestsTable } from '../../store/schema.js';
import { caseFacts } from '../access/require-case.js';
import { AccessRefused, NotFoundError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';
import { exportCaseIds, exportView } from './export-view.js';

/**
 * Who may decide a request: a supervisor who sees every case it covers, and never the
 * person who asked for it.
 */
export async function mayDecide(ctx: UseCaseContext, row: Pick<ExportRequestsTable, 'requested_by' | 'case_ids'>) {
  if (row.requested_by === ctx.actor.userId) return false;
  for (const caseId of exportCaseIds(row)) {
    const c = await findCase(ctx.tx, caseId);
    if (!c || !allowsOnCase(ctx.actor, 'export:approve', await caseFacts(ctx.tx, c.id, c.team_id))) return false;
  }
  return true;
}

/** Load a request its requester or a possible approver may see; anyone else is told it does not exist. */
export async function requireVisibleExport(ctx: UseCaseContext, id: string, action: string) {
  const row = await findExportRequest(ctx.tx, id);
  if (!row || (row.requested_by !== ctx.actor.userId && !(await mayDecide(ctx, row)))) {
    throw new AccessRefused(action, { type: 'export', id }, 'not-found');
  }
  return row;
}

/** Load a request for a decision: its requester is refused outright, others must be able to decide it. */
export async function requireDecidableExport(ctx: UseCaseContext, id: string, action: string) {
  const row = await findExportRequest(ctx.tx, id);
  if (row?.requested_by === ctx.actor.userId) {
    throw new AccessRefused(`${action}.own`, { type: 'export', id }, 'forbidden');
  }
  if (!row || !(await mayDecide(ctx, row))) throw new AccessRefused(action, { type: 'export', id }, 'not-found');
  return row;
}

/** The request as it stands after a change made in this transaction. */
export async function currentExport(ctx: UseCaseContext, id: string) {
  const row = await findExportRequest(ctx.tx, id);
  if (!row) throw new NotFoundError('export');
  return exportView(row);
}
