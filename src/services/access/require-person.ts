import type { PersonKind } from '../../domain/person.js';
import { allows, allowsOnCase, type CaseAction } from '../../security/policy.js';
import { findCase } from '../../store/cases.js';
import { casesOfPerson, findPerson } from '../../store/people.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';
import { caseFacts } from './require-case.js';

/**
 * Load a person the actor may act on. Officials are in the directory; clients, relatives
 * and witnesses are reachable only through a case the actor may act on with `action`.
 * Returns the case through which access was granted (null for the directory).
 */
export async function requirePerson(
  ctx: UseCaseContext,
  personId: string,
  action: CaseAction,
  directoryAction: 'directory:read' | 'directory:update' | null,
) {
  const person = await findPerson(ctx.tx, personId);
  if (person) {
    if (person.kind === ('official' satisfies PersonKind) && directoryAction && allows(ctx.actor, directoryAction)) {
      return { person, caseId: null };
    }
    for (const caseId of await casesOfPerson(ctx.tx, personId)) {
      const c = await findCase(ctx.tx, caseId);
      if (c && allowsOnCase(ctx.actor, action, await caseFacts(ctx.tx, c.id, c.team_id))) {
        return { person, caseId: c.id };
      }
    }
  }
  throw new AccessRefused(`person.${action}`, { type: 'person', id: personId }, 'not-found');
}
