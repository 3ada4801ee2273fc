import type { EntitlementRow } from '../../store/support.js';
import { moneyView } from './money-view.js';

export function entitlementView(row: EntitlementRow) {
  return {
    id: row.id,
    personId: row.person_id,
    providerId: row.provider_id,
    providerName: row.provider_name,
    kind: row.kind,
    /** Per period; null when in kind or not known. */
    amount: row.amount_minor === null ? null : moneyView(row.amount_minor, row.currency),
    currency: row.currency,
    period: row.period,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    basis: row.basis,
    status: row.status,
    recordedBy: row.recorded_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
export type EntitlementView = ReturnType<typeof entitlementView>;
