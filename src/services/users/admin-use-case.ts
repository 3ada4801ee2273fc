import { appendAudit, type AuditEntry } from '../../security/audit-log.js';
import type { GlobalAction } from '../../security/policy.js';
import type { Actor } from '../../security/roles.js';
import type { Db } from '../../store/engine.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';

export interface AdminContext {
  tx: Db;
  now: Date;
  /** The administrator acting, or null for the operator at the command line. */
  by: Actor | null;
  audit(entry: Omit<AuditEntry, 'actorId' | 'outcome'>): Promise<void>;
}

/**
 * Run an administration use case in one transaction. An administrator (`by`) is checked
 * against the policy; the operator at the command line (`by` null) holds the passphrase and so
 * the whole installation, and is recorded as such. Every audit entry says which it was.
 */
export function runAdminUseCase<T>(
  deps: Deps,
  by: Actor | null,
  action: Extract<GlobalAction, 'user:manage' | 'team:manage'>,
  target: { type: string; id?: string },
  work: (ctx: AdminContext) => Promise<T>,
): Promise<T> {
  if (by) {
    return runUseCase(deps, by, (ctx) => {
      requireGlobal(ctx, action, target);
      return work({
        tx: ctx.tx,
        now: ctx.now,
        by,
        audit: (entry) => ctx.audit({ ...entry, details: { ...entry.details, via: 'api' } }),
      });
    });
  }
  const now = deps.now();
  return deps.db.transaction().execute((tx) =>
    work({
      tx,
      now,
      by: null,
      audit: async (entry) => {
        await appendAudit(
          tx,
          { ...entry, actorId: null, outcome: 'ok', details: { ...entry.details, via: 'cli' } },
          now,
        );
      },
    }),
  );
}
