import { appendAudit, type AuditEntry } from '../security/audit-log.js';
import type { Actor } from '../security/roles.js';
import type { Db } from '../store/engine.js';
import type { Deps } from './deps.js';
import { AccessRefused, ForbiddenError, NotFoundError, StepUpRequiredError } from './errors.js';

export interface UseCaseContext {
  tx: Db;
  actor: Actor;
  deps: Deps;
  now: Date;
  /** Record an audit entry in this transaction (it commits or rolls back with the change). */
  audit(entry: Omit<AuditEntry, 'actorId' | 'outcome'> & { outcome?: AuditEntry['outcome'] }): Promise<void>;
}

/**
 * Run one use case in one transaction. Either everything it wrote, its audit entries
 * included, commits, or nothing does. A refusal rolls back, is recorded on its own, and
 * surfaces as "not found" where the record's existence must not be revealed.
 */
export async function runUseCase<T>(deps: Deps, actor: Actor, work: (ctx: UseCaseContext) => Promise<T>): Promise<T> {
  const now = deps.now();
  try {
    return await deps.db.transaction().execute((tx) =>
      work({
        tx,
        actor,
        deps,
        now,
        audit: async (entry) => {
          await appendAudit(tx, { ...entry, actorId: actor.userId, outcome: entry.outcome ?? 'ok' }, now);
        },
      }),
    );
  } catch (err) {
    if (err instanceof StepUpRequiredError) {
      // Allowed, but only after a fresh proof: the attempt is recorded like any refusal.
      await recordRefusal(deps.db, actor, { action: 'auth.step-up-required', targetType: null, targetId: null }, now);
      throw err;
    }
    if (!(err instanceof AccessRefused)) throw err;
    await recordRefusal(
      deps.db,
      actor,
      { action: err.action, targetType: err.target.type, targetId: err.target.id },
      now,
    );
    throw err.surface === 'not-found' ? new NotFoundError(err.target.type) : new ForbiddenError(err.action);
  }
}

async function recordRefusal(
  db: Db,
  actor: Actor,
  refusal: { action: string; targetType: string | null; targetId: string | null },
  at: Date,
): Promise<void> {
  await db
    .transaction()
    .execute((tx) => appendAudit(tx, { ...refusal, actorId: actor.userId, outcome: 'refused' }, at));
}
