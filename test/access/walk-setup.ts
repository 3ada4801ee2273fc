import type { Harness } from '../support/harness.js';
import { buildBridge, type Bridge } from './bridge.js';
import { buildCase } from './case-fixture.js';
import { caseTarget, type Target } from './target.js';
import { assignSubjects, buildWorld, type World } from './world.js';

export interface WalkSetup {
  w: World;
  own: Target;
  other: Target;
  bridge: Bridge;
}

/**
 * The world, the subjects' own case (team A; the lawyer and caseworker assigned) and another
 * team's case that no subject may see, each with every record the routes reach, and records
 * that concern both.
 */
export async function setUpWalk(h: Harness): Promise<WalkSetup> {
  const w = await buildWorld(h);
  const own = await buildCase(
    w,
    { owner: w.ownerA, approver: w.approverA, teamId: w.teams.a },
    {
      given: 'Kaveh',
      family: 'Zarandi',
    },
  );
  await assignSubjects(h, w.ownerA, own.rec.caseId, w.subjects);
  await assignSubjects(h, w.ownerA, own.rec.linkCaseId, w.subjects);
  const other = await buildCase(
    w,
    { owner: w.ownerB, approver: w.approverB, teamId: w.teams.b },
    {
      given: 'Behrouz',
      family: 'Azarpour',
    },
  );
  const targets = { own: caseTarget('own', w.teams.a, own), other: caseTarget('other', w.teams.b, other) };
  return { w, ...targets, bridge: await buildBridge(w, targets.own, targets.other) };
}
