import { createHash } from 'node:crypto';

/** One who sees a client's records through their open cases: a team a case is given to, or a user assigned to one. */
export interface ScopeMember {
  kind: 'team' | 'user';
  id: string;
}

/**
 * The group of clients seen by exactly the same teams and users: every client with an open case
 * belongs to one, named by a digest of its members (so the same members always name the same
 * group, without a lookup). A user's scope is then the few groups with one of their teams or
 * themselves among the members, and totals over it read one group name per client instead of
 * checking each client's cases.
 */
export interface ScopeGroup {
  id: string;
  members: ScopeMember[];
}

/** An open case of a client with one user assigned to it (null when none is): a row of the cases joined with their assignments. */
export interface OpenCaseRow {
  teamId: string | null;
  userId: string | null;
}

/**
 * The group of a client from their open cases, or null when they have none. A case with neither
 * team nor user still puts its client in a group (with no members): counted for the whole
 * installation, in no one's scope.
 */
export function scopeGroupOf(openCases: readonly OpenCaseRow[]): ScopeGroup | null {
  if (openCases.length === 0) return null;
  const members = new Map<string, ScopeMember>();
  for (const c of openCases) {
    if (c.teamId !== null) members.set(`team:${c.teamId}`, { kind: 'team', id: c.teamId });
    if (c.userId !== null) members.set(`user:${c.userId}`, { kind: 'user', id: c.userId });
  }
  const keys = [...members.keys()].sort();
  const id = createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 32);
  return { id, members: keys.map((k) => members.get(k) as ScopeMember) };
}
