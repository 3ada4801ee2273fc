import { hashPassword } from '../../security/passwords.js';
import type { Actor } from '../../security/roles.js';
import { deleteRecoveryCodes, deleteTotp, deleteWebauthnCredentials } from '../../store/second-factors.js';
import { endSessionsOfUser } from '../../store/sessions.js';
import { findUser, updateUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { runAdminUseCase } from './admin-use-case.js';
import { generatePassword } from './initial-password.js';
import { requireUser } from './managed-user.js';
import { checkNewPassword } from './password-rules.js';

export interface ResetPasswordInput {
  /** The new password; a random one is made (and returned once) when absent. */
  password?: string | undefined;
  /** Also remove the second factors (a lost phone and lost recovery codes): set up anew at next sign-in. */
  resetSecondFactor?: boolean | undefined;
}

/**
 * Give an account a new, temporary password (for a user who forgot theirs): it works until
 * `temporaryPasswordMs` has passed, and the user replaces it. Every session of the account ends. Optionally its second factors are removed, so the user enrols again after signing in.
 */
export async function resetPassword(deps: Deps, by: Actor | null, userId: string, input: ResetPasswordInput) {
  const password = input.password ?? generatePassword();
  await runAdminUseCase(deps, by, 'user:manage', { type: 'user', id: userId }, async (ctx) => {
    const user = await requireUser(ctx, userId);
    checkNewPassword(password, [user.username, user.display_name]);
  });
  // Slow (Argon2id): outside any transaction.
  const passwordHash = await hashPassword(password);
  return runAdminUseCase(deps, by, 'user:manage', { type: 'user', id: userId }, async (ctx) => {
    const user = await findUser(ctx.tx, userId);
    if (!user) throw new NotFoundError('user');
    const at = ctx.now.toISOString();
    const row = await updateUser(ctx.tx, user.id, user.version, {
      password_hash: passwordHash,
      password_expires_at: new Date(ctx.now.getTime() + deps.sessions.temporaryPasswordMs).toISOString(),
      updated_at: at,
    });
    if (!row) throw new ConflictError('user', user.version);
    await endSessionsOfUser(ctx.tx, user.id, at);
    if (input.resetSecondFactor) {
      await deleteTotp(ctx.tx, user.id);
      await deleteRecoveryCodes(ctx.tx, user.id);
      await deleteWebauthnCredentials(ctx.tx, user.id);
    }
    await ctx.audit({
      action: 'user.reset-password',
      targetType: 'user',
      targetId: user.id,
      details: { secondFactorReset: Boolean(input.resetSecondFactor), generated: input.password === undefined },
    });
    return { initialPassword: input.password === undefined ? password : null };
  });
}
