import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireLegalAction } from './legal-action-access.js';
import { presentLegalAction } from './legal-action-view.js';

export function getLegalAction(deps: Deps, actor: Actor, legalActionId: string) {
  return runUseCase(deps, actor, async (ctx) =>
    presentLegalAction(ctx, await requireLegalAction(ctx, legalActionId, 'read')),
  );
}
