import { mayUseIncident } from '../../services/incidents/may-use.js';
import type { Dataset } from '../dataset.js';
import { everyCaseIsVisible } from '../scope.js';
import { groupBy, pageOf } from './page-of.js';

/**
 * Abuses on record, seen only when the user sees every case of the incident. Title, place,
 * description and testimonies are protected and stay out; the rows carry no case or person.
 * For a publication only incidents whose victims (or, without any, sources) consent to that
 * use on the day are included.
 */
export const incidentsDataset: Dataset = {
  columns: [
    { name: 'incident_id', hxl: '#event+id' },
    { name: 'occurred_from', hxl: '#date+start' },
    { name: 'occurred_to', hxl: '#date+end' },
    { name: 'country', hxl: '#country+code' },
    { name: 'act_types', hxl: '#event+type' },
    { name: 'perpetrator_types', hxl: '#group+perpetrator+type' },
    { name: 'victims', hxl: '#affected+num' },
  ],
  async page(db, { scope, after, limit, consent, day }) {
    let q = db
      .selectFrom('incidents as i')
      .select(['i.id as key', 'i.occurred_from', 'i.occurred_to', 'i.country'])
      .where(everyCaseIsVisible('incident_cases', 'incident_id', 'i.id', scope))
      .orderBy('i.id')
      .limit(limit);
    if (after !== null) q = q.where('i.id', '>', after);
    const read = await q.execute();
    const rows = [];
    for (const row of read) {
      if (consent === null || (await mayUseIncident(db, row.key, consent, day)).allowed) rows.push(row);
    }
    const ids = rows.map((r) => r.key);
    const acts =
      ids.length === 0
        ? []
        : await db
            .selectFrom('incident_acts')
            .leftJoin('vocabulary_terms as t', 't.vocab_number', 'incident_acts.act_type')
            .select([
              'incident_acts.incident_id',
              'incident_acts.act_type',
              't.label_en',
              'incident_acts.perpetrator_type',
              'incident_acts.victim_person_id',
            ])
            .where('incident_acts.incident_id', 'in', ids)
            .execute();
    const actTypes = groupBy(
      acts,
      (a) => a.incident_id,
      (a) => a.label_en ?? a.act_type,
    );
    const perpetrators = groupBy(
      acts,
      (a) => a.incident_id,
      (a) => a.perpetrator_type,
    );
    const victims = (id: string) =>
      new Set(acts.filter((a) => a.incident_id === id && a.victim_person_id !== null).map((a) => a.victim_person_id))
        .size;
    const page = pageOf(rows, limit, (r) => [
      r.key,
      r.occurred_from,
      r.occurred_to,
      r.country,
      actTypes(r.key),
      perpetrators(r.key),
      victims(r.key),
    ]);
    // Rows left out for want of consent do not end the walk: the next page starts after the last one read.
    const last = read.at(-1);
    return { rows: page.rows, next: read.length === limit && last ? last.key : null };
  },
};
