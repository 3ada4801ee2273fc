import { decideUse, type ConsentDecision, type ConsentPurpose, type ConsentRecord } from '../../domain/consent.js';
import { decideIncidentUse } from '../../domain/incident-use.js';
import { consentsOf } from '../../store/consents.js';
import { actsOf, findSource, sourcesOf } from '../../store/incidents.js';
import type { Db } from '../../store/engine.js';

function records(rows: Awaited<ReturnType<typeof consentsOf>>): ConsentRecord[] {
  return rows.map((c) => ({
    purpose: c.purpose,
    givenBy: c.given_by,
    givenOn: c.given_on,
    withdrawnOn: c.withdrawn_on,
  }));
}

/**
 * May this incident be used for this purpose on this day? Only when every person it was done to
 * (the victims among the people on record; when none is a person, the people who told of it)
 * has a consent in force that covers the use. Call it in your own transaction, after your own
 * access check: reports, exports and publications ask before they include an incident.
 */
export async function mayUseIncident(
  tx: Db,
  incidentId: string,
  purpose: ConsentPurpose,
  day: string,
): Promise<ConsentDecision> {
  const victims = (await actsOf(tx, incidentId)).flatMap((a) => (a.victim_person_id ? [a.victim_person_id] : []));
  const sources = (await sourcesOf(tx, incidentId)).flatMap((s) => (s.person_id ? [s.person_id] : []));
  const consents = (await consentsOf(tx, incidentId)).filter((c) => c.source_id === null);
  return decideIncidentUse({ victims, sources, consents: records(consents) }, purpose, day);
}

/** May this testimony (a source's statement) be used for this purpose on this day? Its source must consent. */
export async function mayUseTestimony(
  tx: Db,
  incidentId: string,
  sourceId: string,
  purpose: ConsentPurpose,
  day: string,
): Promise<ConsentDecision> {
  const source = await findSource(tx, incidentId, sourceId);
  const needed = source?.person_id ? [source.person_id] : [];
  const consents = (await consentsOf(tx, incidentId)).filter((c) => c.source_id === sourceId);
  return decideUse(records(consents), purpose, day, needed);
}
