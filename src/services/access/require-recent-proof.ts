import { StepUpRequiredError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Some actions need the user to have proved who they are within `stepUpWindowMs` (login,
 * second factor or step-up): revealing a protected value, changing how the account signs in.
 */
export function requireRecentProof(ctx: UseCaseContext): void {
  if (ctx.now.getTime() - ctx.actor.authenticatedAt.getTime() > ctx.deps.sessions.stepUpWindowMs) {
    throw new StepUpRequiredError();
  }
}
