import type { Actor } from '../../security/roles.js';
import { listCasePeople as listRows } from '../../store/cases.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';

/** The people recorded on a case, by label only. */
export function listCasePeople(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    return listRows(ctx.tx, caseId);
  });
}
