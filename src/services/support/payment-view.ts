import type { Selectable } from 'kysely';
import type { SupportPaymentsTable } from '../../store/schema.js';
import { moneyView } from './money-view.js';

export function paymentView(row: Selectable<SupportPaymentsTable>) {
  return {
    id: row.id,
    entitlementId: row.entitlement_id,
    personId: row.person_id,
    paidOn: row.paid_on,
    amount: moneyView(row.amount_minor, row.currency),
    recordedBy: row.recorded_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
