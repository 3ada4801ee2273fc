import type { ContactStepInput } from '../../domain/contact-request.js';
import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireContactRequest } from './contact-request-access.js';
import { moveContactRequest } from './move-contact-request.js';

/** Close a request at any step: its record, the answer and what was shared stay as they were. */
export function closeContactRequest(deps: Deps, actor: Actor, id: string, input: ContactStepInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const row = await requireContactRequest(ctx, id, 'close');
    return moveContactRequest(ctx, row, {
      version: input.version,
      to: 'closed',
      on: input.on,
      changes: { closed_on: input.on },
    });
  });
}
