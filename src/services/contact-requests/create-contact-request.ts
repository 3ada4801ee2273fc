import { randomUUID } from 'node:crypto';
import { dayOf } from '../../domain/calendar-days.js';
import type { ContactRequestInput } from '../../domain/contact-request.js';
import type { Actor } from '../../security/roles.js';
import { insertContactRequest } from '../../store/contact-requests.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { AccessRefused, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { sealMessage, sealRequester, sealSought } from './contact-request-fields.js';
import { presentContactRequest } from './contact-request-view.js';
import { requireMatchablePerson } from './sought-person.js';

/**
 * Record a relative's request for contact, received by one of the actor's teams; with the person
 * sought already known (recorded from their case), it is matched to them at once.
 */
export function createContactRequest(deps: Deps, actor: Actor, input: ContactRequestInput) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'contact:handle', { type: 'contact-request' });
    if (!actor.teamIds.includes(input.teamId)) {
      throw new AccessRefused('contact-request.create', { type: 'team', id: input.teamId }, 'not-found');
    }
    if (input.receivedOn > dayOf(ctx.now)) throw new InvalidInputError('receivedOn', 'must not be in the future');
    const matched = input.soughtPersonId
      ? await requireMatchablePerson(ctx, input.soughtPersonId, 'soughtPersonId')
      : null;
    const id = randomUUID();
    const at = ctx.now.toISOString();
    const row = await insertContactRequest(ctx.tx, {
      id,
      team_id: input.teamId,
      received_on: input.receivedOn,
      requester: sealRequester(deps.cipher, id, input.requester),
      sought: sealSought(deps.cipher, id, input.sought),
      message: input.message ? sealMessage(deps.cipher, id, input.message) : null,
      sought_person_id: matched?.id ?? null,
      status: matched ? 'possible_match_found' : 'received',
      status_on: input.receivedOn,
      consulted_on: null,
      answer: null,
      answered_on: null,
      answer_method: null,
      answer_recorded_by: null,
      answer_recorded_at: null,
      shared: null,
      contact_made_on: null,
      closed_on: null,
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'contact-request.create',
      targetType: 'contact-request',
      targetId: id,
      details: { teamId: input.teamId, message: Boolean(input.message) },
    });
    if (matched) {
      await ctx.audit({
        action: 'contact-request.possible_match_found',
        targetType: 'contact-request',
        targetId: id,
        details: { from: 'received', personId: matched.id },
      });
    }
    return presentContactRequest(ctx, row);
  });
}
