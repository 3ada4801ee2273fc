import type { ActInput, InterventionInput, InvolvementInput, SourceInput } from '../../domain/incident.js';
import { INCIDENT_LISTS } from '../../domain/vocabulary.js';
import { actsOf, insertAct, insertIntervention, insertInvolvement, insertSource } from '../../store/incidents.js';
import { InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';
import { requireTerms, type NamedTerm } from '../vocabularies/require-terms.js';
import { orderedId } from './ordered-id.js';
import { partyColumns, requireParties, type NamedParty } from './parties.js';

/** The incident the parts are added to. */
export interface IncidentRef {
  id: string;
  caseIds: readonly string[];
}

/** Field names of the parts: `acts.0.type` when added with the incident, `type` on their own. */
export type FieldOf = (i: number, name: string) => string;
export const nestedField =
  (collection: string): FieldOf =>
  (i, name) =>
    `${collection}.${i}.${name}`;
export const ownField: FieldOf = (_i, name) => name;

function newId(ctx: UseCaseContext): string {
  return orderedId(ctx.now);
}

export async function addActs(ctx: UseCaseContext, incident: IncidentRef, acts: readonly ActInput[], field: FieldOf) {
  const terms: NamedTerm[] = acts.flatMap((a, i) => [
    { field: field(i, 'type'), vocabNumber: a.type, list: INCIDENT_LISTS.actType },
    ...(a.perpetratorType
      ? [{ field: field(i, 'perpetratorType'), vocabNumber: a.perpetratorType, list: INCIDENT_LISTS.perpetratorType }]
      : []),
    ...a.rights.map((r, j) => ({ field: field(i, `rights.${j}`), vocabNumber: r, list: INCIDENT_LISTS.right })),
  ]);
  await requireTerms(ctx, terms);
  const parties: NamedParty[] = acts.flatMap((a, i) => [
    { field: field(i, 'victim'), party: a.victim },
    ...(a.perpetrator ? [{ field: field(i, 'perpetrator'), party: a.perpetrator }] : []),
  ]);
  await requireParties(ctx, incident.caseIds, parties);
  const rows = [];
  for (const a of acts) {
    const victim = partyColumns(a.victim);
    const perpetrator = partyColumns(a.perpetrator);
    rows.push(
      await insertAct(
        ctx.tx,
        {
          id: newId(ctx),
          incident_id: incident.id,
          act_type: a.type,
          victim_person_id: victim.personId,
          victim_organization_id: victim.organizationId,
          perpetrator_person_id: perpetrator.personId,
          perpetrator_organization_id: perpetrator.organizationId,
          perpetrator_type: a.perpetratorType ?? null,
          date_value: a.date?.value ?? null,
          date_precision: a.date?.precision ?? null,
          recorded_by: ctx.actor.userId,
          created_at: ctx.now.toISOString(),
        },
        a.rights,
      ),
    );
  }
  return rows;
}

export async function addInvolvements(
  ctx: UseCaseContext,
  incident: IncidentRef,
  involvements: readonly InvolvementInput[],
  field: FieldOf,
) {
  await requireTerms(
    ctx,
    involvements.map((v, i) => ({
      field: field(i, 'degree'),
      vocabNumber: v.degree,
      list: INCIDENT_LISTS.involvement,
    })),
  );
  await requireParties(
    ctx,
    incident.caseIds,
    involvements.map((v, i) => ({ field: field(i, 'party'), party: v.party })),
  );
  const actIds = new Set((await actsOf(ctx.tx, incident.id)).map((a) => a.id));
  involvements.forEach((v, i) => {
    if (v.actId && !actIds.has(v.actId))
      throw new InvalidInputError(field(i, 'actId'), 'no act with this id in the incident');
  });
  const rows = [];
  for (const v of involvements) {
    const party = partyColumns(v.party);
    rows.push(
      await insertInvolvement(ctx.tx, {
        id: newId(ctx),
        incident_id: incident.id,
        act_id: v.actId ?? null,
        person_id: party.personId,
        organization_id: party.organizationId,
        degree: v.degree,
        recorded_by: ctx.actor.userId,
        created_at: ctx.now.toISOString(),
      }),
    );
  }
  return rows;
}

export async function addSources(
  ctx: UseCaseContext,
  incident: IncidentRef,
  sources: readonly SourceInput[],
  field: FieldOf,
) {
  await requireTerms(
    ctx,
    sources.flatMap((s, i) => [
      { field: field(i, 'connection'), vocabNumber: s.connection, list: INCIDENT_LISTS.sourceConnection },
      ...(s.reliability
        ? [{ field: field(i, 'reliability'), vocabNumber: s.reliability, list: INCIDENT_LISTS.reliability }]
        : []),
    ]),
  );
  await requireParties(
    ctx,
    incident.caseIds,
    sources.map((s, i) => ({ field: field(i, 'source'), party: s.source })),
  );
  const rows = [];
  for (const s of sources) {
    const id = newId(ctx);
    const party = partyColumns(s.source);
    rows.push(
      await insertSource(ctx.tx, {
        id,
        incident_id: incident.id,
        person_id: party.personId,
        organization_id: party.organizationId,
        connection: s.connection,
        reliability: s.reliability ?? null,
        received_on: s.receivedOn,
        language: s.language ?? null,
        statement: s.statement ? ctx.deps.cipher.encrypt('incident_sources', 'statement', id, s.statement) : null,
        recorded_by: ctx.actor.userId,
        created_at: ctx.now.toISOString(),
      }),
    );
  }
  return rows;
}

export async function addInterventions(
  ctx: UseCaseContext,
  incident: IncidentRef,
  interventions: readonly InterventionInput[],
  field: FieldOf,
) {
  await requireTerms(
    ctx,
    interventions.flatMap((v, i) => [
      { field: field(i, 'type'), vocabNumber: v.type, list: INCIDENT_LISTS.intervention },
      { field: field(i, 'status'), vocabNumber: v.status, list: INCIDENT_LISTS.interventionStatus },
    ]),
  );
  await requireParties(
    ctx,
    incident.caseIds,
    interventions.map((v, i) => ({ field: field(i, 'by'), party: v.by })),
  );
  const rows = [];
  for (const v of interventions) {
    const by = partyColumns(v.by);
    const at = ctx.now.toISOString();
    rows.push(
      await insertIntervention(ctx.tx, {
        id: newId(ctx),
        incident_id: incident.id,
        intervention_type: v.type,
        by_person_id: by.personId,
        by_organization_id: by.organizationId,
        made_on: v.madeOn,
        status: v.status,
        recorded_by: ctx.actor.userId,
        version: 1,
        created_at: at,
        updated_at: at,
      }),
    );
  }
  return rows;
}
