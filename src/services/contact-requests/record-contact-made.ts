import type { ContactStepInput } from '../../domain/contact-request.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireContactRequest } from './contact-request-access.js';
import { moveContactRequest } from './move-contact-request.js';
import { requireSoughtPerson } from './sought-person.js';

/** The caseworker passed on what the person agreed to share: contact is made. */
export function recordContactMade(deps: Deps, actor: Actor, id: string, input: ContactStepInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireContactRequest(ctx, id, 'contact-made');
    const person = await requireSoughtPerson(ctx, row);
    return moveContactRequest(ctx, row, {
      version: input.version,
      to: 'contact_made',
      on: input.on,
      changes: { contact_made_on: input.on },
      details: { personId: person.id },
    });
  });
}
