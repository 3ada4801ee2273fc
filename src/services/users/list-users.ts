import type { Actor } from '../../security/roles.js';
import { secondFactorSummary } from '../../store/second-factors.js';
import { listUsers as listUserRows } from '../../store/users.js';
import type { Deps } from '../deps.js';
import { runAdminUseCase } from './admin-use-case.js';
import { userView } from './user-view.js';

/** Every account, with which second factors it has set up. */
export function listUsers(deps: Deps, by: Actor | null) {
  return runAdminUseCase(deps, by, 'user:manage', { type: 'user' }, async (ctx) => {
    const rows = await listUserRows(ctx.tx);
    const factors = await secondFactorSummary(ctx.tx);
    return rows.map((row) =>
      userView(row, { totp: factors.totp.has(row.id), webauthn: factors.webauthn.get(row.id) ?? 0 }),
    );
  });
}
