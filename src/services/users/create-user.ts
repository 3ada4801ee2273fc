import { randomUUID } from 'node:crypto';
import type { NewUserInput } from '../../domain/user.js';
import { hashPassword } from '../../security/passwords.js';
import type { Actor } from '../../security/roles.js';
import { findUserByUsername, insertUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { generatePassword } from './initial-password.js';
import { runAdminUseCase } from './admin-use-case.js';
import { checkNewPassword } from './password-rules.js';

/**
 * Create a user account. `by` is the administrator acting, or null for the operator at the
 * command line. Without a password, a random one is made and returned (shown once). Either way
 * the password is temporary: the user sets a second factor up at first sign-in, and their own
 * password before it expires.
 */
export async function createUser(
  deps: Deps,
  by: Actor | null,
  input: Omit<NewUserInput, 'password'> & { password?: string | undefined },
) {
  const password = input.password ?? generatePassword();
  checkNewPassword(password, [input.username, input.displayName]);
  const passwordHash = await hashPassword(password);
  return runAdminUseCase(deps, by, 'user:manage', { type: 'user' }, async (ctx) => {
    if (await findUserByUsername(ctx.tx, input.username)) {
      throw new InvalidInputError('username', 'this username is taken');
    }
    const at = ctx.now.toISOString();
    const row = await insertUser(ctx.tx, {
      id: randomUUID(),
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      password_hash: passwordHash,
      password_expires_at: new Date(ctx.now.getTime() + deps.sessions.temporaryPasswordMs).toISOString(),
      disabled_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({ action: 'user.create', targetType: 'user', targetId: row.id, details: { role: row.role } });
    return {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      initialPassword: input.password === undefined ? password : null,
    };
  });
}
