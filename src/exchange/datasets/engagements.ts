import type { Dataset } from '../dataset.js';
import { everyCaseIsVisible } from '../scope.js';
import { groupBy, pageOf } from './page-of.js';

/**
 * Requests to organizations and what followed, seen only when the user sees every case they
 * concern (as on the screens). The subject and place are protected and stay out.
 */
export const engagementsDataset: Dataset = {
  columns: [
    { name: 'engagement_id', hxl: '#activity+id' },
    { name: 'organization', hxl: '#org+name' },
    { name: 'requested_on', hxl: '#date+requested' },
    { name: 'channel', hxl: '#channel' },
    { name: 'status', hxl: '#status' },
    { name: 'outcome_on', hxl: '#date+outcome' },
    { name: 'case_codes', hxl: '#meta+case+code' },
  ],
  async page(db, { scope, after, limit }) {
    let q = db
      .selectFrom('engagements as e')
      .innerJoin('organizations', 'organizations.id', 'e.organization_id')
      .select(['e.id as key', 'organizations.name', 'e.requested_on', 'e.channel', 'e.status', 'e.outcome_on'])
      .where(everyCaseIsVisible('engagement_cases', 'engagement_id', 'e.id', scope))
      .orderBy('e.id')
      .limit(limit);
    if (after !== null) q = q.where('e.id', '>', after);
    const rows = await q.execute();
    const ids = rows.map((r) => r.key);
    const links =
      ids.length === 0
        ? []
        : await db
            .selectFrom('engagement_cases')
            .innerJoin('cases', 'cases.id', 'engagement_cases.case_id')
            .select(['engagement_cases.engagement_id', 'cases.code'])
            .where('engagement_cases.engagement_id', 'in', ids)
            .execute();
    const codes = groupBy(
      links,
      (l) => l.engagement_id,
      (l) => l.code,
    );
    return pageOf(rows, limit, (r) => [r.key, r.name, r.requested_on, r.channel, r.status, r.outcome_on, codes(r.key)]);
  },
};
