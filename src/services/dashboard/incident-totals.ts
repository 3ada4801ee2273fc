import { periodOf, periodsBetween, type Period } from '../../domain/disclosure/periods.js';
import { suppressTable } from '../../domain/disclosure/suppress-table.js';
import { consentedActs, termLabels, type TotalsScope } from '../../store/dashboard.js';
import type { Db } from '../../store/engine.js';

/** The row of acts whose perpetrator type is not recorded. */
export const NOT_RECORDED = 'not_recorded';

/**
 * Acts of the incidents whose victims consented to anonymous advocacy (consent in force on
 * `on`), by HURIDOCS act type and by perpetrator type, over periods of a month or a quarter of
 * the month the incident started in. Both tables are suppressed.
 */
export async function incidentTotals(
  db: Db,
  scope: TotalsScope,
  q: { on: string; period: Period; from: string; to: string },
  threshold: number,
) {
  const acts = await consentedActs(db, scope, { on: q.on, fromMonth: q.from, toMonth: q.to });
  const periods = periodsBetween(q.from, q.to, q.period);
  const byTerm = (termOf: (a: (typeof acts)[number]) => string) => {
    const counts = new Map<string, number[]>();
    for (const act of acts) {
      const row = counts.get(termOf(act)) ?? new Array<number>(periods.length).fill(0);
      const at = periods.indexOf(periodOf(act.month, q.period));
      row[at] = (row[at] ?? 0) + act.count;
      counts.set(termOf(act), row);
    }
    const terms = [...counts.keys()].sort();
    return {
      terms,
      table: suppressTable({ rows: terms, columns: periods, counts: terms.map((t) => counts.get(t) ?? []) }, threshold),
    };
  };
  const actTypes = byTerm((a) => a.actType);
  const perpetrators = byTerm((a) => a.perpetratorType ?? NOT_RECORDED);
  const labels = await termLabels(db, [...actTypes.terms, ...perpetrators.terms]);
  const labelled = (terms: string[]) => terms.map((t) => ({ term: t, label: labels.get(t) ?? t }));
  return {
    period: q.period,
    from: q.from,
    to: q.to,
    byActType: { ...actTypes.table, rowLabels: labelled(actTypes.terms) },
    byPerpetratorType: { ...perpetrators.table, rowLabels: labelled(perpetrators.terms) },
  };
}
