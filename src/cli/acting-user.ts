import { username as usernameSchema } from '../domain/user.js';
import type { Actor } from '../security/roles.js';
import type { Deps } from '../services/deps.js';
import { findUserByUsername, teamIdsOfUser } from '../store/users.js';

/**
 * The user a command acts for, as if signed in: what they may see and do is what the policy
 * allows them, and the audit log names them. The operator holds the passphrase and could read
 * everything anyway; acting as a user keeps exports, imports and reports to one user's scope and
 * record. `command` marks the entries in place of a session id.
 */
export async function actingAs(deps: Deps, name: string, command: string): Promise<Actor> {
  const user = await findUserByUsername(deps.db, usernameSchema.parse(name));
  if (!user || user.disabled_at !== null) throw new Error(`no active user named ${name}`);
  return {
    userId: user.id,
    role: user.role,
    teamIds: await teamIdsOfUser(deps.db, user.id),
    authenticatedAt: deps.now(),
    sessionId: `cli:${command}`,
    awaitingSecondFactor: false,
  };
}
