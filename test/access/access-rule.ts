import {
  allows,
  allowsOnCase,
  type CaseAccessFacts,
  type CaseAction,
  type GlobalAction,
} from '../../src/security/policy.js';
import type { Actor } from '../../src/security/roles.js';

/**
 * The access rule a route is meant to follow.
 *
 * - public: answers without a session;
 * - signed-in: any full session, acting on the user's own account (`beforeSecondFactor`: also a
 *   session that has passed only the password);
 * - global: an action of GLOBAL_ACTIONS, refused by role (403);
 * - team: a global action over one of the user's teams: refused by role (403), and a team the
 *   user is not in is refused as if it did not exist (404);
 * - case: an action of CASE_ACTIONS on the case the route reaches (through a case, a person or
 *   another record bound to cases), refused as if the record did not exist (404).
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in'; beforeSecondFactor?: true }
  | { kind: 'global'; action: GlobalAction }
  | { kind: 'team'; action: GlobalAction }
  | { kind: 'case'; action: CaseAction };

export type Expected = 'allowed' | 'not-found' | 'forbidden';

/** What reaches a route: the facts of its case, or the team it names. */
export interface Reach {
  facts: CaseAccessFacts;
  teamId: string;
}

/** The answer the policy itself gives for this user on this target. */
export function expectedAnswer(rule: AccessRule, actor: Actor, reach: Reach): Expected {
  switch (rule.kind) {
    case 'public':
    case 'signed-in':
      return 'allowed';
    case 'global':
      return allows(actor, rule.action) ? 'allowed' : 'forbidden';
    case 'team':
      if (!allows(actor, rule.action)) return 'forbidden';
      return actor.teamIds.includes(reach.teamId) ? 'allowed' : 'not-found';
    case 'case':
      return allowsOnCase(actor, rule.action, reach.facts) ? 'allowed' : 'not-found';
  }
}

/** Whether the route's answer depends on the record it reaches (so own, other and missing differ). */
export function isTargeted(rule: AccessRule): boolean {
  return rule.kind === 'team' || rule.kind === 'case';
}

export function describeRule(rule: AccessRule): string {
  switch (rule.kind) {
    case 'public':
      return 'public';
    case 'signed-in':
      return rule.beforeSecondFactor ? 'signed-in (also before the second factor)' : 'signed-in';
    default:
      return `${rule.kind} ${rule.action}`;
  }
}
