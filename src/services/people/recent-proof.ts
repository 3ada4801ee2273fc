import { StepUpRequiredError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/** How long the UI shows a revealed value before fading it. */
export const REVEAL_SHOWN_MS = 60_000;

/** A reveal needs the user to have proved who they are recently (login or step-up). */
export function requireRecentProof(ctx: UseCaseContext): void {
  if (ctx.now.getTime() - ctx.actor.authenticatedAt.getTime() > ctx.deps.sessions.stepUpWindowMs) {
    throw new StepUpRequiredError();
  }
}

/** Until when the UI may keep a revealed value on screen. */
export function revealedUntil(ctx: UseCaseContext): string {
  return new Date(ctx.now.getTime() + REVEAL_SHOWN_MS).toISOString();
}
