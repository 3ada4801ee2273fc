import type { Actor } from '../../security/roles.js';
import { clientIdentitiesOfCases, findExportRequest, updateExportRequest } from '../../store/export-requests.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { AccessRefused } from '../errors.js';
import { openIdentity } from '../people/protected-fields.js';
import { requireRecentProof } from '../access/require-recent-proof.js';
import { runUseCase } from '../use-case.js';
import { currentExport } from './export-access.js';
import { exportCaseIds } from './export-view.js';

/**
 * Run an approved, unexpired export once, for the person who asked for it: the identities of
 * the clients of the cases covered, decrypted. Every identity handed out is recorded on its
 * case with the request's reason, and the run with the count. A second run, a run before
 * approval or after expiry is refused and recorded.
 */
export function executeExport(deps: Deps, actor: Actor, id: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await findExportRequest(ctx.tx, id);
    const target = { type: 'export', id };
    if (!row || row.requested_by !== actor.userId) throw new AccessRefused('export.execute', target, 'not-found');
    if (row.status === 'executed') throw new AccessRefused('export.execute.again', target, 'forbidden');
    if (row.status !== 'approved') throw new AccessRefused('export.execute.unapproved', target, 'forbidden');
    if (!row.expires_at || row.expires_at <= ctx.now.toISOString()) {
      throw new AccessRefused('export.execute.expired', target, 'forbidden');
    }
    requireRecentProof(ctx);
    const caseIds = exportCaseIds(row);
    // Access may have changed since the request: the requester must still be able to reveal each one.
    for (const caseId of caseIds) await requireCase(ctx, caseId, 'identity:reveal');

    const sealed = await clientIdentitiesOfCases(ctx.tx, caseIds);
    const items = sealed.map((r) => ({
      caseId: r.case_id,
      caseCode: r.case_code,
      personId: r.person_id,
      label: r.label,
      identity: openIdentity(deps.cipher, r.person_id, r.identity),
    }));
    const at = ctx.now.toISOString();
    const claimed = await updateExportRequest(ctx.tx, id, row, {
      status: 'executed',
      executed_at: at,
      item_count: items.length,
      updated_at: at,
    });
    if (!claimed) throw new AccessRefused('export.execute.again', target, 'forbidden');
    for (const item of items) {
      await ctx.audit({
        action: 'person.identity.export',
        targetType: 'person',
        targetId: item.personId,
        caseId: item.caseId,
        reason: row.reason,
        details: { exportId: id },
      });
    }
    await ctx.audit({ action: 'export.execute', targetType: 'export', targetId: id, details: { count: items.length } });
    return { request: await currentExport(ctx, id), exportedAt: at, items };
  });
}
