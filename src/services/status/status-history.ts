import { currentStatus, hasLapsed } from '../../domain/legal-status.js';
import { listLegalStatuses } from '../../store/legal-status.js';
import type { UseCaseContext } from '../use-case.js';
import { legalStatusView } from './status-view.js';

/** A person's status history, latest first, with the entry in force on `on` and whether it lapsed. */
export async function statusHistory(ctx: UseCaseContext, personId: string, on: string) {
  const history = (await listLegalStatuses(ctx.tx, personId)).map((r) => legalStatusView(ctx.deps.cipher, r));
  const current = currentStatus(history, on);
  return { on, current, lapsed: current ? hasLapsed(current, on) : false, history };
}
