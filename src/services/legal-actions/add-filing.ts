import { randomUUID } from 'node:crypto';
import type { FilingInput } from '../../domain/legal-action.js';
import type { Actor } from '../../security/roles.js';
import { insertFiling } from '../../store/legal-actions.js';
import type { Deps } from '../deps.js';
import { insertTaskRecord } from '../tasks/insert-task.js';
import { runUseCase } from '../use-case.js';
import { requireLegalAction } from './legal-action-access.js';
import { filingView } from './legal-action-view.js';

/** Add a filing (a statement of claim, an appeal); one not yet filed with a deadline becomes a deadline for the actor. */
export function addFiling(deps: Deps, actor: Actor, legalActionId: string, input: FilingInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const action = await requireLegalAction(ctx, legalActionId, 'update');
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row = await insertFiling(ctx.tx, {
      id,
      legal_action_id: legalActionId,
      kind: input.kind,
      deadline_on: input.deadlineOn ?? null,
      filed_on: input.filedOn ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'legal-action.filing.add',
      targetType: 'legal-action',
      targetId: legalActionId,
      caseId: action.case_id,
      details: { filingId: id, deadlineOn: input.deadlineOn ?? null, filed: Boolean(input.filedOn) },
    });
    if (input.deadlineOn && !input.filedOn) {
      await insertTaskRecord(ctx, {
        on: { caseId: action.case_id },
        title: `File ${input.kind}: ${action.title}`.slice(0, 200),
        kind: 'filing',
        dueOn: input.deadlineOn,
        remindOn: null,
        assigneeId: actor.userId,
        source: { kind: 'filing', id },
      });
    }
    return filingView(row);
  });
}
