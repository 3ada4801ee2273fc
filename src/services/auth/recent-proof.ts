import { StepUpRequiredError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * Changing how an account proves who it is (adding a second factor, new recovery codes) needs a
 * proof within `stepUpWindowMs` (login, second factor or step-up).
 */
export function requireFreshProof(ctx: UseCaseContext): void {
  if (ctx.now.getTime() - ctx.actor.authenticatedAt.getTime() > ctx.deps.sessions.stepUpWindowMs) {
    throw new StepUpRequiredError();
  }
}
