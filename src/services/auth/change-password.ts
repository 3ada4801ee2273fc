import { hashPassword, verifyPassword } from '../../security/passwords.js';
import type { Actor } from '../../security/roles.js';
import { endSessionsOfUser, updateLiveSession } from '../../store/sessions.js';
import { findUser, updateUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { AccessRefused, ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { checkNewPassword } from '../users/password-rules.js';
import { beginAttempt } from './attempt-guard.js';
import { sessionOf } from './session-of.js';

/**
 * The user replaces their password, proving the current one. It no longer expires; the user's
 * other sessions end (whoever knew the old password is signed out), this one goes on.
 */
export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; ip: string | null },
): Promise<void> {
  const sessionId = sessionOf(actor);
  const user = await findUser(deps.db, actor.userId);
  if (!user || actor.awaitingSecondFactor) {
    throw new AccessRefused('auth.password-change', { type: 'user', id: actor.userId }, 'forbidden');
  }
  checkNewPassword(input.newPassword, [user.username, user.display_name]);
  if (input.newPassword.normalize('NFC') === input.currentPassword.normalize('NFC')) {
    throw new InvalidInputError('newPassword', 'must differ from the current password');
  }
  const attempt = await beginAttempt(deps, { username: user.username, userId: user.id, ip: input.ip });
  // Both Argon2id computations before the transaction opens.
  const ok = await verifyPassword(user.password_hash, input.currentPassword);
  const newHash = ok ? await hashPassword(input.newPassword) : null;
  const changed = await runUseCase(deps, actor, async (ctx) => {
    if (!newHash) {
      await ctx.audit({ action: 'auth.password-change', outcome: 'refused', targetType: 'user', targetId: user.id });
      await attempt.failed(ctx.tx);
      return false;
    }
    await attempt.succeeded(ctx.tx);
    const at = ctx.now.toISOString();
    const row = await updateUser(ctx.tx, user.id, user.version, {
      password_hash: newHash,
      password_expires_at: null,
      updated_at: at,
    });
    if (!row) throw new ConflictError('user', user.version);
    await endSessionsOfUser(ctx.tx, user.id, at, sessionId);
    await updateLiveSession(ctx.tx, sessionId, { password_at: at });
    await ctx.audit({ action: 'auth.password-change', targetType: 'user', targetId: user.id });
    return true;
  });
  if (!changed) throw new InvalidInputError('currentPassword', 'this is not your current password');
}
