import type { Updateable } from 'kysely';
import { dayOf } from '../../domain/calendar-days.js';
import { canTransitionLegalAction, FINISHED_STATUSES, type LegalActionPatch } from '../../domain/legal-action.js';
import type { Actor } from '../../security/roles.js';
import { updateLegalAction as updateRow } from '../../store/legal-actions.js';
import type { LegalActionsTable } from '../../store/schema.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireLegalAction } from './legal-action-access.js';
import { presentLegalAction } from './legal-action-view.js';

/** Move proceedings on (filed, decided, appealed, closed, withdrawn), record the outcome, the closing date. */
export function updateLegalAction(deps: Deps, actor: Actor, legalActionId: string, patch: LegalActionPatch) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireLegalAction(ctx, legalActionId, 'update');
    if (row.version !== patch.version) throw new ConflictError('legal-action', row.version);
    const changes: Updateable<LegalActionsTable> = { updated_at: ctx.now.toISOString() };
    const status = patch.status ?? row.status;
    if (!canTransitionLegalAction(row.status, status)) {
      throw new InvalidInputError(
        'status',
        `a legal action cannot go from ${row.status} to ${status}`,
        'not_allowed_now',
      );
    }
    changes.status = status;
    if (patch.title !== undefined) changes.title = patch.title;
    if (patch.reference !== undefined) changes.reference = patch.reference;
    if (patch.outcome !== undefined) {
      changes.outcome = patch.outcome
        ? deps.cipher.encrypt('legal_actions', 'outcome', legalActionId, patch.outcome)
        : null;
    }
    const finished = FINISHED_STATUSES.includes(status);
    const closedOn = finished ? (patch.closedOn ?? row.closed_on ?? dayOf(ctx.now)) : null;
    if (!finished && patch.closedOn) {
      throw new InvalidInputError('closedOn', 'only closed or withdrawn proceedings have a closing date');
    }
    if (closedOn && closedOn < row.opened_on) {
      throw new InvalidInputError('closedOn', `must not be before the proceedings opened (${row.opened_on})`);
    }
    changes.closed_on = closedOn;
    const updated = await updateRow(ctx.tx, legalActionId, patch.version, changes);
    if (!updated) throw new ConflictError('legal-action', row.version + 1);
    await ctx.audit({
      action: 'legal-action.update',
      targetType: 'legal-action',
      targetId: legalActionId,
      caseId: row.case_id,
      details: { fields: Object.keys(patch).filter((k) => k !== 'version'), from: row.status, status },
    });
    return presentLegalAction(ctx, updated);
  });
}
