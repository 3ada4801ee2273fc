import { randomUUID } from 'node:crypto';
import { caseFacts } from '../../src/services/access/require-case.js';
import { findCase } from '../../src/store/cases.js';
import type { Harness } from '../support/harness.js';
import type { Reach } from './access-rule.js';
import { missingRecords, type CaseRecords, type FreshRecords } from './case-fixture.js';

/**
 * What a route is called on: the subjects' own case (they are assigned to it, or in its team),
 * another team's case, or records that do not exist.
 */
export type TargetName = 'own' | 'other' | 'missing';

export interface Target {
  name: TargetName;
  /** The team the target's case belongs to (a random id for the missing target). */
  teamId: string;
  rec: CaseRecords;
  fresh: FreshRecords;
}

export function caseTarget(
  name: Exclude<TargetName, 'missing'>,
  teamId: string,
  records: { rec: CaseRecords; fresh: FreshRecords },
): Target {
  return { name, teamId, ...records };
}

export function missingTarget(): Target {
  return { name: 'missing', teamId: randomUUID(), ...missingRecords() };
}

/** The facts access to the target depends on, read from the store as the policy reads them. */
export async function reachOf(h: Harness, target: Target): Promise<Reach> {
  const row = await findCase(h.store.db, target.rec.caseId);
  if (!row) return { teamId: target.teamId, facts: { teamId: null, assignedUserIds: [] } };
  return { teamId: target.teamId, facts: await caseFacts(h.store.db, row.id, row.team_id) };
}
