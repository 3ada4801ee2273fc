import { suppressList } from '../../domain/disclosure/suppress-table.js';
import { REFERRAL_STATUSES } from '../../domain/referral.js';
import { referralsByStatus, type TotalsScope } from '../../store/dashboard.js';
import type { Db } from '../../store/engine.js';

/** The referrals of the cases counted by where they stand: sent, accepted, declined, completed. */
export async function referralTotals(db: Db, scope: TotalsScope, threshold: number) {
  const counts = new Map<string, number>(REFERRAL_STATUSES.map((s) => [s, 0]));
  for (const row of await referralsByStatus(db, scope)) counts.set(row.status, row.count);
  return suppressList(counts, threshold);
}
