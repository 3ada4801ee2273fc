import type { Actor } from '../../security/roles.js';
import { ForbiddenError } from '../errors.js';

/** The session an actor acts through; the self-service actions on sessions need one. */
export function sessionOf(actor: Actor): string {
  if (!actor.sessionId) throw new ForbiddenError('session');
  return actor.sessionId;
}
