import type { Dataset } from '../dataset.js';
import { caseIsVisible } from '../scope.js';
import { pageOf } from './page-of.js';

/** Referrals between organizations on the cases the user sees; purpose and outcome are protected and stay out. */
export const referralsDataset: Dataset = {
  columns: [
    { name: 'referral_id', hxl: '#activity+id' },
    { name: 'case_code', hxl: '#meta+case+code' },
    { name: 'from_organization', hxl: '#org+from+name' },
    { name: 'to_organization', hxl: '#org+to+name' },
    { name: 'sent_on', hxl: '#date+start' },
    { name: 'status', hxl: '#status' },
    { name: 'status_on', hxl: '#date+status' },
    { name: 'consent_given_on', hxl: '#date+consent' },
  ],
  async page(db, { scope, after, limit }) {
    let q = db
      .selectFrom('referrals as r')
      .innerJoin('cases', 'cases.id', 'r.case_id')
      .innerJoin('organizations as to', 'to.id', 'r.to_organization_id')
      .leftJoin('organizations as from', 'from.id', 'r.from_organization_id')
      .select([
        'r.id as key',
        'cases.code',
        'from.name as from_name',
        'to.name as to_name',
        'r.sent_on',
        'r.status',
        'r.status_on',
        'r.consent_given_on',
      ])
      .where(caseIsVisible('r.case_id', scope))
      .orderBy('r.id')
      .limit(limit);
    if (after !== null) q = q.where('r.id', '>', after);
    const rows = await q.execute();
    return pageOf(rows, limit, (r) => [
      r.key,
      r.code,
      r.from_name,
      r.to_name,
      r.sent_on,
      r.status,
      r.status_on,
      r.consent_given_on,
    ]);
  },
};
