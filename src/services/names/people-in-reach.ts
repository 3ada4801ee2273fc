import { allowsOnCase, type CaseAction } from '../../security/policy.js';
import { casesOfPeople } from '../../store/name-index.js';
import { caseFactsOf } from '../../store/search-index.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Of a few people, those the actor may act on with `action` through at least one of their cases,
 * each with those cases. Nobody else is decrypted, shown or named.
 */
export async function peopleInReach(
  ctx: UseCaseContext,
  personIds: readonly string[],
  action: CaseAction,
): Promise<Map<string, string[]>> {
  const cases = await casesOfPeople(ctx.tx, personIds);
  const facts = await caseFactsOf(ctx.tx, [...cases.values()].flat());
  const reach = new Map<string, string[]>();
  for (const [personId, caseIds] of cases) {
    const allowed = caseIds.filter((id) => {
      const f = facts.get(id);
      return f !== undefined && allowsOnCase(ctx.actor, action, f);
    });
    if (allowed.length > 0) reach.set(personId, allowed);
  }
  return reach;
}
