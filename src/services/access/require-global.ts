import { allows, type GlobalAction } from '../../security/policy.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

export function requireGlobal(ctx: UseCaseContext, action: GlobalAction, target: { type: string; id?: string }): void {
  if (!allows(ctx.actor, action)) {
    throw new AccessRefused(action, { type: target.type, id: target.id ?? null }, 'forbidden');
  }
}
