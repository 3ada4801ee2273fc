import type { Actor, Role } from './roles.js';

/**
 * Who may do what: the one place where access is decided. Deny by default: an action that
 * is not listed for a role is refused. Case-bound actions also need the case to be visible
 * (need-to-know: assigned to it, or to its team).
 */
export const GLOBAL_ACTIONS = [
  'organization:read',
  'organization:create',
  'organization:update',
  'directory:read',
  'directory:create',
  'directory:update',
  'case:create',
  'case:list',
  'user:manage',
  'team:manage',
  'audit:read',
  'team:deadlines',
  'vocabulary:read',
  'vocabulary:manage',
  'search:run',
  'exchange:export',
  'exchange:import',
  'person:duplicate-check',
  'contact:handle',
  'dashboard:read',
] as const;
export type GlobalAction = (typeof GLOBAL_ACTIONS)[number];

export const CASE_ACTIONS = [
  'read',
  'update',
  'assign',
  'note:create',
  'note:update',
  'person:create',
  'person:update',
  'identity:reveal',
  'identity:update',
  'location:reveal',
  'location:update',
  'audit:read',
  'export:approve',
  'support:update',
  'task:update',
  'consent:override',
  'incident:record',
  'consent:record',
  'evidence:original',
  'document:update',
  'engagement:record',
  'referral:update',
  'report:write',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** What can be done on a person; the same names are sent to the UI as `abilities`. */
export const PERSON_ACTIONS = [
  'read',
  'update',
  'identity:reveal',
  'identity:update',
  'location:reveal',
  'location:update',
] as const;
export type PersonAction = (typeof PERSON_ACTIONS)[number];

/** What the user may do on an incident, each granted by a case action; the UI hides the rest. */
export const INCIDENT_ABILITIES = {
  record: 'incident:record',
  'consent:record': 'consent:record',
  'evidence:original': 'evidence:original',
  'place:reveal': 'location:reveal',
} as const;
export type IncidentAbility = keyof typeof INCIDENT_ABILITIES;

const STAFF: readonly Role[] = ['supervisor', 'lawyer', 'caseworker'];

const GLOBAL: Record<GlobalAction, readonly Role[]> = {
  'organization:read': [...STAFF, 'analyst'],
  'organization:create': STAFF,
  'organization:update': STAFF,
  'directory:read': STAFF,
  'directory:create': STAFF,
  'directory:update': STAFF,
  'case:create': ['supervisor', 'lawyer', 'caseworker'],
  'case:list': STAFF,
  'user:manage': ['admin'],
  'team:manage': ['admin'],
  'audit:read': ['auditor'],
  // What is overdue or due soon across a team's cases.
  'team:deadlines': ['supervisor'],
  // The controlled vocabularies (HURIDOCS terms) are reference data; local terms are an admin's.
  'vocabulary:read': ['admin', ...STAFF, 'analyst', 'auditor'],
  'vocabulary:manage': ['admin'],
  // Full-text search over the records of the cases the user sees.
  'search:run': STAFF,
  // CSV, JSON and HXL exports of the records of the cases the user sees (identities only by approved request).
  'exchange:export': STAFF,
  // Bulk import from CSV; every row is also checked as the single action it stands for.
  'exchange:import': STAFF,
  // Before registering someone: is a person with these names likely recorded already?
  'person:duplicate-check': STAFF,
  // Family contact requests, handled by the staff of the team that received them.
  'contact:handle': STAFF,
  // Suppressed totals: a supervisor's over their teams' cases, an analyst's over the installation.
  'dashboard:read': ['supervisor', 'analyst'],
};

const ON_VISIBLE_CASE: Record<CaseAction, readonly Role[]> = {
  read: STAFF,
  update: ['supervisor', 'lawyer'],
  assign: ['supervisor', 'lawyer'],
  'note:create': STAFF,
  'note:update': STAFF,
  'person:create': STAFF,
  'person:update': ['lawyer', 'caseworker'],
  'identity:reveal': ['lawyer', 'caseworker'],
  'identity:update': ['lawyer', 'caseworker'],
  'location:reveal': ['lawyer'],
  'location:update': ['lawyer', 'caseworker'],
  // "Who looked at this case?" is for the case's supervisor.
  'audit:read': ['supervisor'],
  // A bulk export of identities from the case needs a second person's approval.
  'export:approve': ['supervisor'],
  // The support ledger (entitlements, payments) is kept by those who work with the client.
  'support:update': ['lawyer', 'caseworker'],
  // Follow-ups and deadlines are everyone's work on the case.
  'task:update': STAFF,
  // Referring a client who has not consented takes a supervisor, who must say why.
  'consent:override': ['supervisor'],
  // Abuses, their acts, sources, interventions and evidence are recorded by the staff on the case.
  'incident:record': STAFF,
  // A client's consent to a use of their testimony is taken by their lawyer or caseworker.
  'consent:record': ['lawyer', 'caseworker'],
  // An evidence original may carry names and GPS positions: a download is a protected look.
  'evidence:original': ['lawyer', 'caseworker'],
  // Identity and travel documents and permits: whoever learns that one was lost, withheld or applied for.
  'document:update': STAFF,
  // Requests to agencies, the meetings that followed and their minutes: caseworkers attend them too.
  'engagement:record': STAFF,
  // Referrals are sent, accepted and completed by the organizations' caseworkers as much as by lawyers.
  'referral:update': STAFF,
  // A meeting report is written, checked for names, previewed and marked publishable by a lawyer of the case.
  'report:write': ['lawyer'],
};

export function allows(actor: Actor, action: GlobalAction): boolean {
  return !actor.awaitingSecondFactor && GLOBAL[action].includes(actor.role);
}

/** The facts about one case that access depends on. */
export interface CaseAccessFacts {
  teamId: string | null;
  assignedUserIds: readonly string[];
}

export function canSeeCase(actor: Actor, facts: CaseAccessFacts): boolean {
  if (actor.awaitingSecondFactor || !STAFF.includes(actor.role)) return false;
  if (facts.assignedUserIds.includes(actor.userId)) return true;
  return facts.teamId !== null && actor.teamIds.includes(facts.teamId);
}

export function allowsOnCase(actor: Actor, action: CaseAction, facts: CaseAccessFacts): boolean {
  return canSeeCase(actor, facts) && ON_VISIBLE_CASE[action].includes(actor.role);
}

/** What the user may do on a case, sent with it so the UI hides what is not allowed. */
export function caseAbilities(actor: Actor, facts: CaseAccessFacts): Record<CaseAction, boolean> {
  return Object.fromEntries(CASE_ACTIONS.map((a) => [a, allowsOnCase(actor, a, facts)])) as Record<CaseAction, boolean>;
}
