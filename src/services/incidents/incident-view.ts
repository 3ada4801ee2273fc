import type { Selectable } from 'kysely';
import type { FuzzyDate } from '../../domain/fuzzy-date.js';
import { labelIn, type Locale } from '../../domain/vocabulary.js';
import { INCIDENT_ABILITIES, type CaseAction, type IncidentAbility } from '../../security/policy.js';
import { consentsOf } from '../../store/consents.js';
import { actsOf, interventionsOf, involvementsOf, rightsOfActs, sourcesOf } from '../../store/incidents.js';
import { partyLabels, type PartyLabels } from '../../store/party-labels.js';
import type { IncidentsTable } from '../../store/schema.js';
import { findTerms } from '../../store/vocabularies.js';
import type { UseCaseContext } from '../use-case.js';
import { allowedOnEvery } from './incident-access.js';

function dateOf(value: string | null, precision: FuzzyDate['precision'] | null): FuzzyDate | null {
  return value !== null && precision !== null ? { value, precision } : null;
}

/** The incident's title and dates, for lists: the place and description are not in it. */
export function incidentSummary(ctx: UseCaseContext, row: Selectable<IncidentsTable>, caseIds: readonly string[]) {
  return {
    id: row.id,
    caseIds: [...caseIds],
    title: ctx.deps.cipher.decrypt('incidents', 'title', row.id, row.title),
    start: { value: row.start_value, precision: row.start_precision },
    end: dateOf(row.end_value, row.end_precision),
    occurredFrom: row.occurred_from,
    occurredTo: row.occurred_to,
    country: row.country,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The whole record of an incident for a reader of all its cases, with term labels in `locale`. */
export async function presentIncident(
  ctx: UseCaseContext,
  row: Selectable<IncidentsTable>,
  caseIds: readonly string[],
  locale: Locale,
) {
  const { tx } = ctx;
  const { cipher } = ctx.deps;
  const acts = await actsOf(tx, row.id);
  const rights = await rightsOfActs(
    tx,
    acts.map((a) => a.id),
  );
  const involvements = await involvementsOf(tx, row.id);
  const sources = await sourcesOf(tx, row.id);
  const interventions = await interventionsOf(tx, row.id);
  const consents = await consentsOf(tx, row.id);

  const termNumbers = [
    ...acts.flatMap((a) => [a.act_type, a.perpetrator_type]),
    ...rights.map((r) => r.right_term),
    ...involvements.map((v) => v.degree),
    ...sources.flatMap((s) => [s.connection, s.reliability]),
    ...interventions.flatMap((v) => [v.intervention_type, v.status]),
  ].filter((n): n is string => n !== null);
  const terms = new Map((await findTerms(tx, termNumbers)).map((t) => [t.vocab_number, t]));
  const term = (n: string) => {
    const t = terms.get(n);
    const shown = t ? labelIn({ en: t.label_en, sq: t.label_sq, fa: t.label_fa }, locale) : { label: n, locale };
    return { vocabNumber: n, ...shown };
  };
  const termOrNull = (n: string | null) => (n === null ? null : term(n));

  const labels = await partyLabels(tx, {
    personIds: [
      ...acts.flatMap((a) => [a.victim_person_id, a.perpetrator_person_id]),
      ...involvements.map((v) => v.person_id),
      ...sources.map((s) => s.person_id),
      ...interventions.map((v) => v.by_person_id),
      ...consents.map((c) => c.given_by),
    ].filter((p): p is string => p !== null),
    organizationIds: [
      ...acts.flatMap((a) => [a.victim_organization_id, a.perpetrator_organization_id]),
      ...involvements.map((v) => v.organization_id),
      ...sources.map((s) => s.organization_id),
      ...interventions.map((v) => v.by_organization_id),
    ].filter((o): o is string => o !== null),
    userIds: [],
  });
  const party = (personId: string | null, organizationId: string | null) => partyView(labels, personId, organizationId);

  const abilities = {} as Record<IncidentAbility, boolean>;
  for (const [name, action] of Object.entries(INCIDENT_ABILITIES) as [IncidentAbility, CaseAction][]) {
    abilities[name] = await allowedOnEvery(ctx, caseIds, action);
  }

  return {
    ...incidentSummary(ctx, row, caseIds),
    description: cipher.decrypt('incidents', 'description', row.id, row.description),
    hasPlace: row.place !== null,
    acts: acts.map((a) => ({
      id: a.id,
      type: term(a.act_type),
      victim: party(a.victim_person_id, a.victim_organization_id),
      perpetrator:
        a.perpetrator_person_id || a.perpetrator_organization_id
          ? party(a.perpetrator_person_id, a.perpetrator_organization_id)
          : null,
      perpetratorType: termOrNull(a.perpetrator_type),
      date: dateOf(a.date_value, a.date_precision),
      rights: rights.filter((r) => r.act_id === a.id).map((r) => term(r.right_term)),
    })),
    involvements: involvements.map((v) => ({
      id: v.id,
      party: party(v.person_id, v.organization_id),
      degree: term(v.degree),
      actId: v.act_id,
    })),
    sources: sources.map((s) => ({
      id: s.id,
      source: party(s.person_id, s.organization_id),
      connection: term(s.connection),
      reliability: termOrNull(s.reliability),
      receivedOn: s.received_on,
      language: s.language,
      statement: s.statement ? cipher.decrypt('incident_sources', 'statement', s.id, s.statement) : null,
    })),
    interventions: interventions.map((v) => ({
      id: v.id,
      type: term(v.intervention_type),
      by: party(v.by_person_id, v.by_organization_id),
      madeOn: v.made_on,
      status: term(v.status),
      version: v.version,
    })),
    consents: consents.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      givenBy: party(c.given_by, null),
      givenOn: c.given_on,
      method: c.method,
      sourceId: c.source_id,
      recordedBy: c.recorded_by,
      recordedAt: c.recorded_at,
      withdrawnOn: c.withdrawn_on,
      withdrawalRecordedBy: c.withdrawal_recorded_by,
      withdrawalRecordedAt: c.withdrawal_recorded_at,
    })),
    abilities,
  };
}
export type IncidentDetail = Awaited<ReturnType<typeof presentIncident>>;

function partyView(labels: PartyLabels, personId: string | null, organizationId: string | null) {
  const label = personId
    ? (labels.people.get(personId)?.label ?? '?')
    : organizationId
      ? (labels.organizations.get(organizationId) ?? '?')
      : '?';
  return { personId, organizationId, label };
}
