import type { Dataset } from '../dataset.js';
import { caseIsVisible, personIsVisible } from '../scope.js';
import { groupBy, pageOf } from './page-of.js';

/** The people on the cases the user sees (clients, relatives, witnesses) by label, with those cases' codes. */
export const peopleDataset: Dataset = {
  columns: [
    { name: 'person_id', hxl: '#beneficiary+id' },
    { name: 'kind', hxl: '#beneficiary+type' },
    { name: 'label', hxl: '#beneficiary+label' },
    { name: 'case_codes', hxl: '#meta+case+code' },
  ],
  async page(db, { scope, after, limit }) {
    let q = db
      .selectFrom('people')
      .select(['people.id as key', 'people.kind', 'people.label'])
      .where(personIsVisible('people.id', scope))
      .orderBy('people.id')
      .limit(limit);
    if (after !== null) q = q.where('people.id', '>', after);
    const rows = await q.execute();
    const ids = rows.map((r) => r.key);
    const links =
      ids.length === 0
        ? []
        : await db
            .selectFrom('case_people')
            .innerJoin('cases', 'cases.id', 'case_people.case_id')
            .select(['case_people.person_id', 'cases.code'])
            .where('case_people.person_id', 'in', ids)
            .where(caseIsVisible('cases.id', scope))
            .execute();
    const codes = groupBy(
      links,
      (l) => l.person_id,
      (l) => l.code,
    );
    return pageOf(rows, limit, (r) => [r.key, r.kind, r.label, codes(r.key)]);
  },
};
