import type { CaseAction, GlobalAction } from '../../src/security/policy.js';
import type { TestUser } from '../support/harness.js';
import type { AccessRule } from './access-rule.js';
import type { HttpMethod, RouteKey } from './registered-routes.js';
import type { Target } from './target.js';
import type { WalkRequest } from './walk-request.js';
import type { World } from './world.js';

/** What a request is built for: the user making it and the target it reaches. */
export interface CallContext {
  w: World;
  as: TestUser;
  t: Target;
}

/** A route's declared access rule, and how to make a valid request to it. */
export interface RouteSpec {
  rule: AccessRule;
  /**
   * A request that succeeds when the rule allows it: valid params, query and body, on records of
   * the target (made anew where the call uses them up), so that a refusal can only come from access.
   */
  request(c: CallContext): WalkRequest | Promise<WalkRequest>;
  /** The answer may name records of any case by design (the audit log, for auditors). */
  showsEveryCase?: true;
}

export type RouteTable = Partial<Record<RouteKey, RouteSpec>>;

export const publicRoute: AccessRule = { kind: 'public' };
export const signedIn: AccessRule = { kind: 'signed-in' };
export const beforeSecondFactor: AccessRule = { kind: 'signed-in', beforeSecondFactor: true };
export const global = (action: GlobalAction): AccessRule => ({ kind: 'global', action });
export const onTeam = (action: GlobalAction): AccessRule => ({ kind: 'team', action });
export const onCase = (action: CaseAction): AccessRule => ({ kind: 'case', action });

export function req(method: HttpMethod, url: string, payload?: object): WalkRequest {
  return payload === undefined ? { method, url } : { method, url, payload };
}
