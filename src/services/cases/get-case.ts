import type { Actor } from '../../security/roles.js';
import { listAssignments } from '../../store/cases.js';
import { findPerson } from '../../store/people.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { caseSummaryText, caseView } from './case-view.js';

export function getCase(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row, facts } = await requireCase(ctx, caseId, 'read');
    const client = await findPerson(ctx.tx, row.client_id);
    return {
      ...caseView(row, {
        clientLabel: client?.label ?? '?',
        summary: caseSummaryText(deps.cipher, row),
        actor,
        facts,
      }),
      assignments: await listAssignments(ctx.tx, caseId),
    };
  });
}
