import { checkTotp } from '../../security/totp.js';
import type { Db } from '../../store/engine.js';
import { acceptTotpStep, findTotp } from '../../store/second-factors.js';
import type { Deps } from '../deps.js';

/**
 * Whether `code` is a valid, never-used code of the user's authenticator app at `now`. On
 * success the code's time step is recorded in `tx`, so the same code (or an older one) is refused
 * from then on, even by a request racing this one.
 */
export async function useTotpCode(
  tx: Db,
  deps: Deps,
  userId: string,
  code: string,
  now: Date,
  opts: { confirmed: boolean },
): Promise<boolean> {
  const row = await findTotp(tx, userId);
  if (!row || Boolean(row.confirmed_at) !== opts.confirmed) return false;
  const secret = deps.cipher.decrypt('totp_credentials', 'secret', userId, row.secret);
  const step = await checkTotp(secret, code, now, row.last_step);
  return step !== null && (await acceptTotpStep(tx, userId, step, now.toISOString()));
}
