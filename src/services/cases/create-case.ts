import type { CaseCreateInput } from '../../domain/case.js';
import { profileFromIdentity } from '../../domain/names/profile.js';
import type { Actor } from '../../security/roles.js';
import { requireGlobal } from '../access/require-global.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { duplicateAuditDetails, duplicateWarning } from '../names/duplicate-warning.js';
import { insertProtectedPerson } from '../people/insert-protected-person.js';
import { runUseCase } from '../use-case.js';
import { caseView } from './case-view.js';
import { openCase } from './open-case.js';

/**
 * Open a case for a new client (registered here, identity encrypted) or for an existing
 * client the actor may already see. The creator is assigned to the case.
 */
export function createCase(deps: Deps, actor: Actor, input: CaseCreateInput) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'case:create', { type: 'case' });
    if (input.teamId && !actor.teamIds.includes(input.teamId)) {
      throw new InvalidInputError('teamId', 'you can only open a case for a team you belong to');
    }
    const client = input.client
      ? await insertProtectedPerson(ctx, { kind: 'client', ...input.client })
      : (await requirePerson(ctx, input.clientId ?? '', 'read', null)).person;
    if (client.kind !== 'client') throw new InvalidInputError('clientId', 'the person is not a client');
    // A new client may already be recorded under another spelling or script: warn, never merge.
    const warning = input.client
      ? await duplicateWarning(ctx, profileFromIdentity(input.client.identity), client.id)
      : null;

    const row = await openCase(
      ctx,
      {
        clientId: client.id,
        teamId: input.teamId ?? null,
        openedOn: input.openedOn ?? null,
        summary: input.summary ?? null,
      },
      { newClient: Boolean(input.client), ...(warning ? duplicateAuditDetails(warning) : {}) },
    );
    const view = caseView(row, {
      clientLabel: client.label,
      summary: input.summary ?? null,
      actor,
      facts: { teamId: row.team_id, assignedUserIds: [actor.userId] },
    });
    return { ...view, duplicateWarning: warning };
  });
}
