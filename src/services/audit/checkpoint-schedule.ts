import type { AuditFinding } from '../../security/audit-verifier.js';
import { latestCheckpoint, readAuditHead } from '../../store/audit.js';
import type { Deps } from '../deps.js';
import { writeCheckpoint } from './write-checkpoint.js';

export interface CheckpointPolicy {
  /** Sign once this many entries were added since the last checkpoint… */
  everyEntries: number;
  /** …or once this long has passed with at least one new entry. */
  everyMs: number;
  /** How often to look. */
  checkEveryMs: number;
}

const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = {
  everyEntries: 1000,
  everyMs: 15 * 60_000,
  checkEveryMs: 60_000,
};

export interface CheckpointScheduleEvents {
  /** The log did not verify, so nothing was signed: someone must look. */
  onRefused(finding: AuditFinding): void;
  onError(err: unknown): void;
}

/**
 * Sign checkpoints in the background while the server runs, so that a rewrite of history is
 * caught within a bounded number of entries even when nobody exports one by hand. Several
 * servers may run it: a checkpoint of a size already signed is not stored twice.
 */
export function startCheckpointSchedule(
  deps: Deps,
  events: CheckpointScheduleEvents,
  policy: CheckpointPolicy = DEFAULT_CHECKPOINT_POLICY,
): { stop(): void } {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      if (await checkpointDue(deps, policy)) {
        const outcome = await deps.db.transaction().execute((tx) => writeCheckpoint(tx, deps.auditSigner, deps.now()));
        if (!outcome.ok) events.onRefused(outcome.finding);
      }
    } catch (err) {
      events.onError(err);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), policy.checkEveryMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

async function checkpointDue(deps: Deps, policy: CheckpointPolicy): Promise<boolean> {
  const head = await readAuditHead(deps.db);
  const last = await latestCheckpoint(deps.db);
  const covered = last?.tree_size ?? 0;
  if (head.seq <= covered) return false;
  if (!last || head.seq - covered >= policy.everyEntries) return true;
  return deps.now().getTime() - Date.parse(last.signed_at) >= policy.everyMs;
}
