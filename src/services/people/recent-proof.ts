import type { UseCaseContext } from '../use-case.js';

/** How long the UI shows a revealed value before fading it. */
export const REVEAL_SHOWN_MS = 60_000;

/** Until when the UI may keep a revealed value on screen. */
export function revealedUntil(ctx: UseCaseContext): string {
  return new Date(ctx.now.getTime() + REVEAL_SHOWN_MS).toISOString();
}
