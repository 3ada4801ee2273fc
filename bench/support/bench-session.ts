import { login } from '../../src/services/auth/login.js';
import { completeSecondFactor } from '../../src/services/auth/complete-second-factor.js';
import { resolveSession } from '../../src/services/auth/resolve-session.js';
import type { Deps } from '../../src/services/deps.js';
import type { Actor } from '../../src/security/roles.js';
import { BENCH_LAWYER } from './bench-data.js';

/**
 * Sign the benchmark lawyer in through the login service and take the session past its second
 * factor: a bearer token for the API and the actor the services see behind it.
 */
export async function signInLawyer(deps: Deps): Promise<{ token: string; actor: Actor }> {
  const pending = await login(deps, { ...BENCH_LAWYER, ip: '127.0.0.1', userAgent: 'safehold-bench' });
  const pendingActor = await resolveSession(deps, pending.token);
  if (!pendingActor?.sessionId) throw new Error('the benchmark lawyer could not sign in');
  const session = { id: pendingActor.sessionId, userId: pendingActor.userId };
  const token = await deps.db
    .transaction()
    .execute((tx) => completeSecondFactor(tx, deps, session, 'totp', deps.now()));
  const actor = await resolveSession(deps, token);
  if (!actor || actor.awaitingSecondFactor) throw new Error('the benchmark session did not pass its second factor');
  return { token, actor };
}
