import { randomUUID } from 'node:crypto';
import type { ExportRequestInput } from '../../domain/export-request.js';
import type { Actor } from '../../security/roles.js';
import { caseIdsOfTeam, insertExportRequest } from '../../store/export-requests.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { currentExport } from './export-access.js';

/**
 * Ask for a bulk export of client identities. The requester must be allowed to reveal the
 * identity on every case covered; the case list is fixed now, so the approver approves exactly it.
 */
export function requestIdentityExport(deps: Deps, actor: Actor, input: ExportRequestInput) {
  return runUseCase(deps, actor, async (ctx) => {
    let caseIds: string[];
    if (input.scope.kind === 'team') {
      if (!actor.teamIds.includes(input.scope.teamId)) {
        throw new InvalidInputError('scope.teamId', 'you can only export the cases of a team you belong to');
      }
      caseIds = await caseIdsOfTeam(ctx.tx, input.scope.teamId);
      if (caseIds.length === 0) throw new InvalidInputError('scope.teamId', 'the team has no cases');
    } else {
      caseIds = input.scope.caseIds;
    }
    for (const caseId of caseIds) await requireCase(ctx, caseId, 'identity:reveal');

    const id = randomUUID();
    const at = ctx.now.toISOString();
    await insertExportRequest(ctx.tx, {
      id,
      requested_by: actor.userId,
      scope: input.scope.kind,
      team_id: input.scope.kind === 'team' ? input.scope.teamId : null,
      case_ids: JSON.stringify(caseIds),
      reason: input.reason,
      status: 'pending',
      decided_by: null,
      decided_at: null,
      decision_note: null,
      expires_at: null,
      executed_at: null,
      item_count: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'export.request',
      targetType: 'export',
      targetId: id,
      reason: input.reason,
      details: {
        scope: input.scope.kind,
        teamId: input.scope.kind === 'team' ? input.scope.teamId : null,
        cases: caseIds.length,
      },
    });
    return currentExport(ctx, id);
  });
}
