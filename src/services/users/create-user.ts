import { randomUUID } from 'node:crypto';
import type { NewUserInput } from '../../domain/user.js';
import { appendAudit } from '../../security/audit-log.js';
import { hashPassword } from '../../security/passwords.js';
import { allows } from '../../security/policy.js';
import type { Actor } from '../../security/roles.js';
import { findUserByUsername, insertUser } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import { checkNewPassword } from './password-rules.js';

/**
 * Create a user account. `by` is the administrator acting, or null for the operator at the
 * command line (who holds the passphrase and so the whole installation).
 */
export async function createUser(deps: Deps, by: Actor | null, input: NewUserInput) {
  if (by && !allows(by, 'user:manage')) throw new ForbiddenError('user:manage');
  checkNewPassword(input.password, [input.username, input.displayName]);
  const passwordHash = await hashPassword(input.password);
  const now = deps.now();
  const at = now.toISOString();
  return deps.db.transaction().execute(async (tx) => {
    if (await findUserByUsername(tx, input.username)) throw new InvalidInputError('username', 'this username is taken');
    const row = await insertUser(tx, {
      id: randomUUID(),
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      password_hash: passwordHash,
      disabled_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await appendAudit(
      tx,
      {
        actorId: by?.userId ?? null,
        action: 'user.create',
        outcome: 'ok',
        targetType: 'user',
        targetId: row.id,
        details: { role: row.role, via: by ? 'api' : 'cli' },
      },
      now,
    );
    return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
  });
}
