import { secondFactorSummary } from '../../store/second-factors.js';
import type { Db } from '../../store/engine.js';
import type { UsersTable } from '../../store/schema.js';
import { findUser, listUsers } from '../../store/users.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import type { AdminContext } from './admin-use-case.js';
import { userView } from './user-view.js';

/** The account an administration use case acts on, or 404. */
export async function requireUser(ctx: AdminContext, userId: string): Promise<UsersTable> {
  const row = await findUser(ctx.tx, userId);
  if (!row) throw new NotFoundError('user');
  return row;
}

/** Administrators may not lock themselves out, nor leave the installation without an active one. */
export async function keepAnAdministrator(ctx: AdminContext, target: UsersTable, field: string): Promise<void> {
  if (ctx.by?.userId === target.id) throw new InvalidInputError(field, 'you cannot do this to your own account');
  if (target.role !== 'admin' || target.disabled_at) return;
  const admins = (await listUsers(ctx.tx)).filter((u) => u.role === 'admin' && !u.disabled_at);
  if (admins.length <= 1) throw new InvalidInputError(field, 'this is the last active administrator');
}

export async function viewOf(tx: Db, row: UsersTable) {
  const factors = await secondFactorSummary(tx);
  return userView(row, { totp: factors.totp.has(row.id), webauthn: factors.webauthn.get(row.id) ?? 0 });
}
