import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { ROLES, type Role } from '../../src/domain/role.js';
import { INCIDENT_LISTS } from '../../src/domain/vocabulary.js';
import type { Harness, TestUser } from '../support/harness.js';
import { photo } from './evidence-upload.js';
import type { HttpMethod } from './registered-routes.js';

/** The HURIDOCS terms an incident record needs, one of each list. */
export interface Terms {
  act: string;
  involvement: string;
  connection: string;
  intervention: string;
  interventionStatus: string;
}

/**
 * Everyone and everything the walk needs outside the cases: one user of every role (the
 * subjects), the staff who own the two cases, and the records every case shares.
 */
export interface World {
  h: Harness;
  subjects: Record<Role, TestUser>;
  /** Team A: the subjects' team (supervisor, administrator, analyst, auditor); team B: the other case's. */
  teams: { a: string; b: string; spare: string };
  ownerA: TestUser;
  approverA: TestUser;
  ownerB: TestUser;
  approverB: TestUser;
  /** A lawyer of team B, who sees the other case through the team (and asked for none of its records). */
  colleagueB: TestUser;
  /** Staff assigned and unassigned by the assignment routes. */
  spare: TestUser;
  /** The account the administration routes act on. */
  managed: TestUser;
  agency: string;
  court: string;
  officialId: string;
  terms: Terms;
  png: Buffer;
  /** The calendar day the app sees, plus `days`. */
  day(days: number): string;
  /** The current version of a row, which an update names (1 for a row that does not exist). */
  version(table: VersionedTable, id: string): Promise<number>;
}

/** Tables whose rows carry the version an update must name. */
export type VersionedTable =
  | 'cases'
  | 'people'
  | 'case_notes'
  | 'person_documents'
  | 'legal_statuses'
  | 'support_entitlements'
  | 'support_payments'
  | 'minutes_items'
  | 'claim_topics'
  | 'legal_actions'
  | 'hearings'
  | 'filings'
  | 'tasks'
  | 'incidents'
  | 'incident_interventions'
  | 'organizations'
  | 'users';

/**
 * The teams each subject belongs to. The supervisor, and those who cannot be assigned to a case,
 * reach the own case through team A; the lawyer and the caseworker are assigned to it.
 */
const SUBJECT_TEAMS: Record<Role, string[]> = {
  admin: ['Team A'],
  supervisor: ['Team A'],
  lawyer: [],
  caseworker: [],
  analyst: ['Team A'],
  auditor: ['Team A'],
};

/** A JSON answer, read without naming its shape. */
export type Body = ReturnType<typeof JSON.parse>;

/** An API call that must answer `status`; its JSON body. */
export async function ok(
  h: Harness,
  as: TestUser,
  method: HttpMethod,
  url: string,
  payload?: object,
  status = method === 'POST' ? 201 : 200,
): Promise<Body> {
  const r: LightMyRequestResponse = await h.app.inject({
    method,
    url,
    headers: as.headers,
    ...(payload ? { payload } : {}),
  });
  expect(r.statusCode, `${method} ${url}: ${r.body}`).toBe(status);
  return r.body === '' ? null : r.json();
}

/** Assign the subjects who are staff and not in the case's team: they see it as assigned staff. */
export async function assignSubjects(h: Harness, owner: TestUser, caseId: string, subjects: Record<Role, TestUser>) {
  for (const role of ROLES) {
    if (SUBJECT_TEAMS[role].length === 0) {
      await ok(h, owner, 'PUT', `/api/cases/${caseId}/assignments/${subjects[role].id}`, undefined, 204);
    }
  }
}

async function firstTerm(h: Harness, as: TestUser, list: string): Promise<string> {
  const vocabulary = await ok(h, as, 'GET', `/api/vocabularies/${list}`);
  const term = vocabulary.terms[0];
  if (!term) throw new Error(`the vocabulary ${list} is empty`);
  return term.vocabNumber as string;
}

export async function buildWorld(h: Harness): Promise<World> {
  const ownerA = await h.user('lawyer', { teams: ['Team A'] });
  const approverA = await h.user('supervisor', { teams: ['Team A'] });
  const ownerB = await h.user('lawyer', { teams: ['Team B'] });
  const approverB = await h.user('supervisor', { teams: ['Team B'] });
  const colleagueB = await h.user('lawyer', { teams: ['Team B'] });
  const spare = await h.user('caseworker');
  const managed = await h.user('caseworker', { teams: ['Spare team'] });
  const subjects = {} as Record<Role, TestUser>;
  for (const role of ROLES) subjects[role] = await h.user(role, { teams: SUBJECT_TEAMS[role] });
  const teamOf = (u: TestUser) => u.actor.teamIds[0]!;

  const agency = (await ok(h, ownerA, 'POST', '/api/organizations', { kind: 'un_agency', name: 'Refugee agency' })).id;
  const court = (await ok(h, ownerA, 'POST', '/api/organizations', { kind: 'court', name: 'District court' })).id;
  const official = await ok(h, ownerA, 'POST', '/api/directory', {
    organizationId: agency,
    roleTitle: 'Protection officer',
    identity: { names: [{ script: 'latin', given: 'Ilir', family: 'Dervishaj', full: 'Ilir Dervishaj' }] },
  });
  const terms: Terms = {
    act: await firstTerm(h, ownerA, INCIDENT_LISTS.actType),
    involvement: await firstTerm(h, ownerA, INCIDENT_LISTS.involvement),
    connection: await firstTerm(h, ownerA, INCIDENT_LISTS.sourceConnection),
    intervention: await firstTerm(h, ownerA, INCIDENT_LISTS.intervention),
    interventionStatus: await firstTerm(h, ownerA, INCIDENT_LISTS.interventionStatus),
  };
  return {
    h,
    subjects,
    teams: { a: teamOf(ownerA), b: teamOf(ownerB), spare: teamOf(managed) },
    ownerA,
    approverA,
    ownerB,
    approverB,
    colleagueB,
    spare,
    managed,
    agency,
    court,
    officialId: official.id,
    terms,
    png: await photo(),
    day: (days) => new Date(h.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10),
    async version(table, id) {
      const row = await h.store.db
        .selectFrom(table as 'tasks')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.version ?? 1;
    },
  };
}
