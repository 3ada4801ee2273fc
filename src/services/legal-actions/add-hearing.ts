import { randomUUID } from 'node:crypto';
import { dayOf } from '../../domain/calendar-days.js';
import type { HearingInput } from '../../domain/legal-action.js';
import type { Actor } from '../../security/roles.js';
import { insertHearing } from '../../store/legal-actions.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { insertTaskRecord } from '../tasks/insert-task.js';
import { runUseCase } from '../use-case.js';
import { requireLegalAction } from './legal-action-access.js';
import { hearingView } from './legal-action-view.js';

/** Add a hearing; one still to come becomes a deadline for the actor on its day. */
export function addHearing(deps: Deps, actor: Actor, legalActionId: string, input: HearingInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const action = await requireLegalAction(ctx, legalActionId, 'update');
    if (input.on < action.opened_on) {
      throw new InvalidInputError('on', `must not be before the proceedings opened (${action.opened_on})`);
    }
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row = await insertHearing(ctx.tx, {
      id,
      legal_action_id: legalActionId,
      held_on: input.on,
      place: input.place,
      result: input.result ? deps.cipher.encrypt('hearings', 'result', id, input.result) : null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'legal-action.hearing.add',
      targetType: 'legal-action',
      targetId: legalActionId,
      caseId: action.case_id,
      details: { hearingId: id, on: input.on },
    });
    if (!input.result && input.on >= dayOf(ctx.now)) {
      await insertTaskRecord(ctx, {
        on: { caseId: action.case_id },
        title: `Hearing: ${action.title}`,
        kind: 'hearing',
        dueOn: input.on,
        remindOn: null,
        assigneeId: actor.userId,
        source: { kind: 'hearing', id },
      });
    }
    return hearingView(deps.cipher, row);
  });
}
