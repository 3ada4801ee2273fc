import type { ContactStepInput } from '../../domain/contact-request.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireContactRequest } from './contact-request-access.js';
import { moveContactRequest } from './move-contact-request.js';
import { requireSoughtPerson } from './sought-person.js';

/** The matched person has been told of the request and asked whether they want contact. */
export function recordConsultation(deps: Deps, actor: Actor, id: string, input: ContactStepInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireContactRequest(ctx, id, 'consult');
    const person = await requireSoughtPerson(ctx, row);
    return moveContactRequest(ctx, row, {
      version: input.version,
      to: 'sought_person_consulted',
      on: input.on,
      changes: { consulted_on: input.on },
      details: { personId: person.id },
    });
  });
}
