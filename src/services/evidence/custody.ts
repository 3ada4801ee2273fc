import type { CustodyAction, CustodyOutcome } from '../../domain/evidence.js';
import type { Db } from '../../store/engine.js';
import { insertCustodyEvent } from '../../store/custody.js';
import { orderedId } from '../incidents/ordered-id.js';

/** One link of the chain of custody: what was done to the evidence, by whom, when and why. */
export function recordCustody(
  tx: Db,
  entry: {
    evidenceId: string;
    action: CustodyAction;
    outcome: CustodyOutcome;
    actorId: string | null;
    at: Date;
    reason?: string | null;
    details?: Record<string, string | number | boolean | null>;
  },
) {
  return insertCustodyEvent(tx, {
    id: orderedId(entry.at),
    evidence_id: entry.evidenceId,
    action: entry.action,
    outcome: entry.outcome,
    actor_id: entry.actorId,
    at: entry.at.toISOString(),
    reason: entry.reason ?? null,
    details: JSON.stringify(entry.details ?? {}),
  });
}
