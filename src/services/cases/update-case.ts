import { canTransition, type CasePatch } from '../../domain/case.js';
import type { Actor } from '../../security/roles.js';
import { updateCase as updateRow } from '../../store/cases.js';
import type { CasesTable } from '../../store/schema.js';
import { findPerson } from '../../store/people.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { caseSummaryText, caseView } from './case-view.js';
import type { Updateable } from 'kysely';

export function updateCase(deps: Deps, actor: Actor, caseId: string, patch: CasePatch) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row, facts } = await requireCase(ctx, caseId, 'update');
    if (row.version !== patch.version) throw new ConflictError('case', row.version);
    const changes: Updateable<CasesTable> = { updated_at: ctx.now.toISOString() };
    if (patch.status && patch.status !== row.status) {
      if (!canTransition(row.status, patch.status)) {
        throw new InvalidInputError(
          'status',
          `a case cannot go from ${row.status} to ${patch.status}`,
          'not_allowed_now',
        );
      }
      changes.status = patch.status;
      changes.closed_on = patch.status === 'closed' ? ctx.now.toISOString().slice(0, 10) : null;
    }
    if (patch.teamId !== undefined) {
      if (patch.teamId !== null && !actor.teamIds.includes(patch.teamId)) {
        throw new InvalidInputError('teamId', 'you can only give a case to a team you belong to');
      }
      changes.team_id = patch.teamId;
    }
    if (patch.summary !== undefined) {
      changes.summary = patch.summary ? deps.cipher.encrypt('cases', 'summary', caseId, patch.summary) : null;
    }
    const updated = await updateRow(ctx.tx, caseId, patch.version, changes);
    if (!updated) throw new ConflictError('case', row.version + 1);
    await ctx.audit({
      action: 'case.update',
      targetType: 'case',
      targetId: caseId,
      caseId,
      details: { fields: Object.keys(patch).filter((k) => k !== 'version'), status: updated.status },
    });
    const client = await findPerson(ctx.tx, updated.client_id);
    return caseView(updated, {
      clientLabel: client?.label ?? '?',
      summary: caseSummaryText(deps.cipher, updated),
      actor,
      facts: { ...facts, teamId: updated.team_id },
    });
  });
}
