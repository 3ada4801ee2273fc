import type { ContactMatchInput } from '../../domain/contact-request.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireContactRequest } from './contact-request-access.js';
import { moveContactRequest } from './move-contact-request.js';
import { requireMatchablePerson } from './sought-person.js';

/**
 * The caseworker judges that a client in the records may be the person sought (or replaces a
 * candidate found wrong). Only a person the actor sees can be named; nothing is told to anyone.
 */
export function recordPossibleMatch(deps: Deps, actor: Actor, id: string, input: ContactMatchInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireContactRequest(ctx, id, 'match');
    const person = await requireMatchablePerson(ctx, input.personId, 'personId');
    return moveContactRequest(ctx, row, {
      version: input.version,
      to: 'possible_match_found',
      on: input.on,
      changes: { sought_person_id: person.id },
      details: { personId: person.id },
    });
  });
}
