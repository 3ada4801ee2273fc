import type { Dataset } from '../dataset.js';
import { caseIsVisible } from '../scope.js';
import { pageOf } from './page-of.js';

/** The cases the user sees, with their client's label (initials or a pseudonym), never a name. */
export const casesDataset: Dataset = {
  columns: [
    { name: 'case_code', hxl: '#meta+case+code' },
    { name: 'status', hxl: '#status' },
    { name: 'team', hxl: '#group+team' },
    { name: 'opened_on', hxl: '#date+start' },
    { name: 'closed_on', hxl: '#date+end' },
    { name: 'client_label', hxl: '#beneficiary+label' },
  ],
  async page(db, { scope, after, limit }) {
    let q = db
      .selectFrom('cases')
      .innerJoin('people', 'people.id', 'cases.client_id')
      .leftJoin('teams', 'teams.id', 'cases.team_id')
      .select([
        'cases.id as key',
        'cases.code',
        'cases.status',
        'teams.name as team',
        'cases.opened_on',
        'cases.closed_on',
        'people.label',
      ])
      .where(caseIsVisible('cases.id', scope))
      .orderBy('cases.id')
      .limit(limit);
    if (after !== null) q = q.where('cases.id', '>', after);
    const rows = await q.execute();
    return pageOf(rows, limit, (r) => [r.code, r.status, r.team, r.opened_on, r.closed_on, r.label]);
  },
};
