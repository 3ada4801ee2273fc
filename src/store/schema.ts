import type { CaseStatus } from '../domain/case.js';
import type { OrganizationKind } from '../domain/organization.js';
import type { PersonKind } from '../domain/person.js';
import type { Role } from '../domain/role.js';

/**
 * Row types as the store sees them. Timestamps are ISO-8601 UTC strings and dates are
 * YYYY-MM-DD on both engines, so they sort and compare the same everywhere. Encrypted
 * fields are bytes (BLOB / bytea) holding FieldCipher output.
 */
export interface OrganizationsTable {
  id: string;
  kind: OrganizationKind;
  name: string;
  acronym: string | null;
  country: string | null;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PeopleTable {
  id: string;
  kind: PersonKind;
  label: string;
  organization_id: string | null;
  role_title: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PersonIdentitiesTable {
  person_id: string;
  identity: Buffer;
  location: Buffer | null;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TeamsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface CasesTable {
  id: string;
  code: string;
  client_id: string;
  team_id: string | null;
  status: CaseStatus;
  opened_on: string;
  closed_on: string | null;
  summary: Buffer | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CaseAssignmentsTable {
  case_id: string;
  user_id: string;
  assigned_at: string;
}

export interface CasePeopleTable {
  case_id: string;
  person_id: string;
  relation: string;
  relationship: string | null;
  created_at: string;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  author_id: string;
  body: Buffer;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  outcome: string;
  target_type: string | null;
  target_id: string | null;
  case_id: string | null;
  reason: string | null;
  details: string;
  prev_hash: Buffer;
  hash: Buffer;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: Buffer;
}

export interface SessionsTable {
  /** SHA-256 of the session token: a database reader cannot take over a session. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  /** When the password was last checked in this session (login or step-up). */
  password_at: string;
  /** When a second factor was last checked; null until it is. */
  second_factor_at: string | null;
  ip: string | null;
  user_agent: string | null;
  ended_at: string | null;
}

export interface Database {
  organizations: OrganizationsTable;
  people: PeopleTable;
  person_identities: PersonIdentitiesTable;
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  cases: CasesTable;
  case_assignments: CaseAssignmentsTable;
  case_people: CasePeopleTable;
  case_notes: CaseNotesTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  sessions: SessionsTable;
}
