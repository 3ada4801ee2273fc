import { formatMinor } from '../../domain/money.js';
import type { Dataset } from '../dataset.js';
import { pageOf } from './page-of.js';
import { personIsVisible } from '../scope.js';

/** What each person on the cases the user sees is entitled to, by whom, on what terms. */
export const entitlementsDataset: Dataset = {
  columns: [
    { name: 'entitlement_id', hxl: '#activity+id' },
    { name: 'person_id', hxl: '#beneficiary+id' },
    { name: 'person_label', hxl: '#beneficiary+label' },
    { name: 'provider', hxl: '#org+provider+name' },
    { name: 'kind', hxl: '#sector' },
    { name: 'amount', hxl: '#value' },
    { name: 'currency', hxl: '#currency' },
    { name: 'period', hxl: '#frequency' },
    { name: 'starts_on', hxl: '#date+start' },
    { name: 'ends_on', hxl: '#date+end' },
    { name: 'basis', hxl: '#modality' },
    { name: 'status', hxl: '#status' },
  ],
  async page(db, { scope, after, limit }) {
    let q = db
      .selectFrom('support_entitlements as e')
      .innerJoin('people', 'people.id', 'e.person_id')
      .innerJoin('organizations', 'organizations.id', 'e.provider_id')
      .select([
        'e.id as key',
        'e.person_id',
        'people.label',
        'organizations.name as provider',
        'e.kind',
        'e.amount_minor',
        'e.currency',
        'e.period',
        'e.starts_on',
        'e.ends_on',
        'e.basis',
        'e.status',
      ])
      .where(personIsVisible('e.person_id', scope))
      .orderBy('e.id')
      .limit(limit);
    if (after !== null) q = q.where('e.id', '>', after);
    const rows = await q.execute();
    return pageOf(rows, limit, (r) => [
      r.key,
      r.person_id,
      r.label,
      r.provider,
      r.kind,
      r.amount_minor === null ? null : formatMinor(r.amount_minor, r.currency),
      r.currency,
      r.period,
      r.starts_on,
      r.ends_on,
      r.basis,
      r.status,
    ]);
  },
};

/** The payments made to the people on the cases the user sees. */
export const paymentsDataset: Dataset = {
  columns: [
    { name: 'payment_id', hxl: '#output+id' },
    { name: 'entitlement_id', hxl: '#activity+id' },
    { name: 'person_id', hxl: '#beneficiary+id' },
    { name: 'person_label', hxl: '#beneficiary+label' },
    { name: 'paid_on', hxl: '#date' },
    { name: 'amount', hxl: '#value' },
    { name: 'currency', hxl: '#currency' },
  ],
  async page(db, { scope, after, limit }) {
    let q = db
      .selectFrom('support_payments as p')
      .innerJoin('people', 'people.id', 'p.person_id')
      .select([
        'p.id as key',
        'p.entitlement_id',
        'p.person_id',
        'people.label',
        'p.paid_on',
        'p.amount_minor',
        'p.currency',
      ])
      .where(personIsVisible('p.person_id', scope))
      .orderBy('p.id')
      .limit(limit);
    if (after !== null) q = q.where('p.id', '>', after);
    const rows = await q.execute();
    return pageOf(rows, limit, (r) => [
      r.key,
      r.entitlement_id,
      r.person_id,
      r.label,
      r.paid_on,
      formatMinor(r.amount_minor, r.currency),
      r.currency,
    ]);
  },
};
