import type { ContactAnswerInput } from '../../domain/contact-request.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireContactRequest } from './contact-request-access.js';
import { sealShared } from './contact-request-fields.js';
import { moveContactRequest } from './move-contact-request.js';
import { requireSoughtPerson } from './sought-person.js';

/**
 * The sought person's answer, with its date, how it was given and who recorded it (the actor).
 * Consent names exactly what may be told to the requester; a refusal shares nothing.
 */
export function recordAnswer(deps: Deps, actor: Actor, id: string, input: ContactAnswerInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireContactRequest(ctx, id, 'answer');
    const person = await requireSoughtPerson(ctx, row);
    if (input.answer === 'given' && !input.shared) {
      throw new InvalidInputError('shared', 'say what the person agreed to share with the requester');
    }
    if (input.answer === 'refused' && input.shared) {
      throw new InvalidInputError('shared', 'nothing is shared when the person refuses');
    }
    if (row.consulted_on && input.on < row.consulted_on) {
      throw new InvalidInputError('on', `must not be before the person was consulted (${row.consulted_on})`);
    }
    return moveContactRequest(ctx, row, {
      version: input.version,
      to: input.answer === 'given' ? 'consent_given' : 'consent_refused',
      on: input.on,
      changes: {
        answer: input.answer,
        answered_on: input.on,
        answer_method: input.method,
        answer_recorded_by: actor.userId,
        answer_recorded_at: ctx.now.toISOString(),
        shared: input.shared ? sealShared(deps.cipher, id, input.shared) : null,
      },
      details: { personId: person.id, method: input.method, shared: Object.keys(input.shared ?? {}) },
    });
  });
}
