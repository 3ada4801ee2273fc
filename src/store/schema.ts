import type { CaseStatus } from '../domain/case.js';
import type { ExportScopeKind, ExportStatus } from '../domain/export-request.js';
import type { OrganizationKind } from '../domain/organization.js';
import type { PersonKind } from '../domain/person.js';
import type { Role } from '../domain/role.js';
import type { DocumentKind, DocumentState } from '../domain/document.js';
import type { StatusBasis } from '../domain/legal-status.js';
import type { EntitlementStatus, SupportKind, SupportPeriod } from '../domain/support.js';
import type { ClaimSourceKind, Stance, VerificationStatus } from '../domain/claim.js';
import type { EngagementStatus, MinutesItemKind, RequestChannel } from '../domain/engagement.js';
import type { LegalActionKind, LegalActionStatus, PartySide } from '../domain/legal-action.js';
import type { ConsentMethod, ReferralStatus } from '../domain/referral.js';
import type { TaskKind, TaskSource, TaskStatus } from '../domain/task.js';
import type { ConsentPurpose } from '../domain/consent.js';
import type { CustodyAction, CustodyOutcome } from '../domain/evidence.js';
import type { DatePrecision } from '../domain/fuzzy-date.js';
import type { HitAction, ReportStatus } from '../domain/report.js';
import type { ContactAnswer, ContactRequestStatus } from '../domain/contact-request.js';

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
  /**
   * Until when a password set by an administrator or the operator may be used; null for one
   * the user chose. It must be replaced by the user's own before then.
   */
  password_expires_at: string | null;
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

/** A signed statement of the audit log's size, Merkle root and chain head at one moment. */
export interface AuditCheckpointsTable {
  tree_size: number;
  root_hash: Buffer;
  chain_hash: Buffer;
  /** The perfect-subtree roots at tree_size, concatenated (32 bytes each). */
  frontier: Buffer;
  signed_at: string;
  public_key: Buffer;
  signature: Buffer;
}

export interface ExportRequestsTable {
  id: string;
  requested_by: string;
  scope: ExportScopeKind;
  team_id: string | null;
  /** JSON array of the case ids the request covers, fixed when it is made. */
  case_ids: string;
  reason: string;
  status: ExportStatus;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  expires_at: string | null;
  executed_at: string | null;
  item_count: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session token: a database reader cannot take over a session. */
  token_hash: string;
  /** Opaque id by which a user lists and ends their sessions (never the token). */
  id: string;
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
  /** The pending WebAuthn challenge of this session, and until when it may be answered. */
  challenge: string | null;
  challenge_expires_at: string | null;
}

export interface TotpCredentialsTable {
  user_id: string;
  /** The base32 secret, FieldCipher-encrypted (totp_credentials.secret, row = user id). */
  secret: Buffer;
  created_at: string;
  /** Null until a first code has been checked against the secret. */
  confirmed_at: string | null;
  /** The last accepted time step: a code of that step or an earlier one is refused. */
  last_step: number | null;
}

export interface RecoveryCodesTable {
  user_id: string;
  /** SHA-256 of a 120-bit random code. */
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export interface WebauthnCredentialsTable {
  /** The credential id, base64url. */
  id: string;
  user_id: string;
  name: string;
  public_key: Buffer;
  counter: number;
  /** JSON array of transport hints. */
  transports: string;
  created_at: string;
  last_used_at: string | null;
}

export interface AuthThrottleTable {
  /** `account:<hash of the username>` or `address:<hash of the client address>`. */
  key: string;
  failures: number;
  last_failure_at: string;
}

/** One entry of a person's legal status history; the current one is the latest in effect. */
export interface LegalStatusesTable {
  id: string;
  person_id: string;
  basis: StatusBasis;
  /** The authority responsible (an organization). */
  authority_id: string | null;
  effective_from: string;
  effective_to: string | null;
  /** FieldCipher-encrypted text (legal_statuses.open_questions, row = id). */
  open_questions: Buffer | null;
  recorded_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A document or permit of a person, held or not. */
export interface PersonDocumentsTable {
  id: string;
  person_id: string;
  kind: DocumentKind;
  state: DocumentState;
  /** Protected: FieldCipher-encrypted (person_documents.number, row = id), shown only on a reveal. */
  number: Buffer | null;
  issuer_organization_id: string | null;
  issuer_text: string | null;
  issued_on: string | null;
  expires_on: string | null;
  /** FieldCipher-encrypted text (person_documents.notes, row = id). */
  notes: Buffer | null;
  recorded_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** What a provider grants a person: amounts in minor units of an ISO 4217 currency. */
export interface SupportEntitlementsTable {
  id: string;
  person_id: string;
  provider_id: string;
  kind: SupportKind;
  amount_minor: number | null;
  currency: string;
  period: SupportPeriod;
  starts_on: string;
  ends_on: string | null;
  basis: string | null;
  status: EntitlementStatus;
  recorded_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * The days a person's support covers, kept beside the entitlements: their periods merged into
 * stretches (domain/support-forecast.ts `coverage`), rewritten with every change to them.
 */
export interface SupportCoverageTable {
  person_id: string;
  starts_on: string;
  /** The last day covered; null when the stretch has no end. */
  ends_on: string | null;
}

/** What a person received in one month (YYYY-MM) and currency, rewritten with every change to their payments. */
export interface SupportMonthReceiptsTable {
  person_id: string;
  month: string;
  currency: string;
  amount_minor: number;
  /** The scope group of the person while they are a client with an open case (domain/scope-group.ts). */
  scope_group: string | null;
}

/** A member of a scope group: a team or user that sees the clients of the group. */
export interface ScopeGroupMembersTable {
  member_id: string;
  member_kind: 'team' | 'user';
  group_id: string;
}

/**
 * A client's standing worked out on `computed_on` (domain/client-standing.ts), which holds until
 * `valid_until` (null: until their records change). Every change to the person's statuses,
 * documents or support clears `computed_on` and raises `version`; a row is written back from a
 * reading only while its version is the one read, so a concurrent change is never overwritten.
 */
export interface ClientStandingTable {
  person_id: string;
  version: number;
  computed_on: string | null;
  valid_until: string | null;
  basis: string | null;
  /** 1 when a work permit is valid, else 0. */
  work_permit: number | null;
  /** 1 when a travel document is valid, else 0. */
  travel_document: number | null;
  /** 1 when a stretch of support covers the day, else 0. */
  covered: number | null;
  /** The last day of the covering stretch; null when it has no end or nothing covers the day. */
  coverage_ends_on: string | null;
  /** The client's scope group, kept with every change to their open cases; null when they have none. */
  scope_group: string | null;
}

/** A payment made against an entitlement, in its currency. */
export interface SupportPaymentsTable {
  id: string;
  entitlement_id: string;
  person_id: string;
  paid_on: string;
  amount_minor: number;
  currency: string;
  recorded_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EngagementsTable {
  id: string;
  organization_id: string;
  /** The author: who asked for the meeting; follow-ups from its minutes go to them. */
  requested_by: string;
  requested_on: string;
  channel: RequestChannel;
  /** FieldCipher (engagements.subject). */
  subject: Buffer;
  status: EngagementStatus;
  /** When the meeting was held, the answer came, or the request was declined or withdrawn. */
  outcome_on: string | null;
  /** FieldCipher (engagements.place): a meeting place may be where a client lives. */
  place: Buffer | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EngagementCasesTable {
  engagement_id: string;
  case_id: string;
}

export interface EngagementAttendeesTable {
  engagement_id: string;
  position: number;
  person_id: string | null;
  user_id: string | null;
  role: string;
}

export interface MinutesItemsTable {
  id: string;
  engagement_id: string;
  position: number;
  kind: MinutesItemKind;
  speaker_person_id: string | null;
  speaker_organization_id: string | null;
  speaker_user_id: string | null;
  refers_to_organization_id: string | null;
  /** FieldCipher (minutes_items.text): what was said may be testimony. */
  text: Buffer;
  recorded_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ClaimTopicsTable {
  id: string;
  title: string;
  status: VerificationStatus;
  /** FieldCipher (claim_topics.status_note). */
  status_note: Buffer | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ClaimTopicCasesTable {
  topic_id: string;
  case_id: string;
}

export interface ClaimsTable {
  id: string;
  topic_id: string;
  asserted_by_person_id: string | null;
  asserted_by_organization_id: string | null;
  asserted_on: string;
  stance: Stance;
  /** JSON of a ClaimValue, or null. */
  value: string | null;
  about_from: string | null;
  about_to: string | null;
  /** FieldCipher (claims.statement). */
  statement: Buffer;
  source_kind: ClaimSourceKind;
  source_id: string;
  recorded_by: string;
  created_at: string;
}

export interface ClaimEvidenceTable {
  topic_id: string;
  position: number;
  claim_id: string | null;
  source_kind: ClaimSourceKind | null;
  source_id: string | null;
}

export interface ReferralsTable {
  id: string;
  case_id: string;
  from_organization_id: string | null;
  to_organization_id: string;
  sent_on: string;
  /** FieldCipher (referrals.purpose). */
  purpose: Buffer;
  status: ReferralStatus;
  /** When the referral reached its current status. */
  status_on: string;
  /** FieldCipher (referrals.outcome). */
  outcome: Buffer | null;
  consent_given_on: string | null;
  consent_method: ConsentMethod | null;
  consent_recorded_by: string | null;
  consent_recorded_at: string | null;
  /** A supervisor who referred without the client's consent, and why (also in the audit log). */
  override_by: string | null;
  override_reason: string | null;
  minutes_item_id: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface LegalActionsTable {
  id: string;
  case_id: string;
  forum_organization_id: string;
  kind: LegalActionKind;
  title: string;
  reference: string | null;
  status: LegalActionStatus;
  opened_on: string;
  closed_on: string | null;
  /** FieldCipher (legal_actions.outcome). */
  outcome: Buffer | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface LegalActionPartiesTable {
  legal_action_id: string;
  position: number;
  person_id: string | null;
  organization_id: string | null;
  side: PartySide;
}

export interface HearingsTable {
  id: string;
  legal_action_id: string;
  held_on: string;
  place: string;
  /** FieldCipher (hearings.result). */
  result: Buffer | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface FilingsTable {
  id: string;
  legal_action_id: string;
  kind: string;
  deadline_on: string | null;
  filed_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A follow-up or deadline: on a case, or on an engagement (seen through all its cases). */
export interface TasksTable {
  id: string;
  case_id: string | null;
  engagement_id: string | null;
  title: string;
  kind: TaskKind;
  status: TaskStatus;
  due_on: string;
  remind_on: string | null;
  assignee_id: string;
  source_kind: TaskSource | null;
  source_id: string | null;
  created_by: string;
  completed_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A term of a controlled vocabulary: a HURIDOCS micro-thesaurus term or a local one. */
export interface VocabularyTermsTable {
  vocab_number: string;
  list_code: number;
  list_name: string;
  huri_code: string | null;
  parent_vocab_number: string | null;
  term_level: number;
  term_order: number;
  origin: 'huridocs' | 'local';
  label_en: string;
  label_sq: string | null;
  label_fa: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface VocabularySourcesTable {
  name: string;
  fingerprint: string;
  term_count: number;
  loaded_at: string;
}

/** An event in the HURIDOCS Events Standard Formats model. */
export interface IncidentsTable {
  id: string;
  /** FieldCipher (incidents.title). */
  title: Buffer;
  start_value: string;
  start_precision: DatePrecision;
  end_value: string | null;
  end_precision: DatePrecision | null;
  /** The days the event may have happened on (from the dates and their precision). */
  occurred_from: string;
  occurred_to: string;
  country: string | null;
  /** FieldCipher (incidents.place): it may locate a client; shown only on an audited reveal. */
  place: Buffer | null;
  /** FieldCipher (incidents.description). */
  description: Buffer;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentCasesTable {
  incident_id: string;
  case_id: string;
}

export interface IncidentActsTable {
  id: string;
  incident_id: string;
  act_type: string;
  victim_person_id: string | null;
  victim_organization_id: string | null;
  perpetrator_person_id: string | null;
  perpetrator_organization_id: string | null;
  perpetrator_type: string | null;
  date_value: string | null;
  date_precision: DatePrecision | null;
  recorded_by: string;
  created_at: string;
}

export interface IncidentActRightsTable {
  act_id: string;
  right_term: string;
}

export interface IncidentInvolvementsTable {
  id: string;
  incident_id: string;
  act_id: string | null;
  person_id: string | null;
  organization_id: string | null;
  degree: string;
  recorded_by: string;
  created_at: string;
}

export interface IncidentSourcesTable {
  id: string;
  incident_id: string;
  person_id: string | null;
  organization_id: string | null;
  connection: string;
  reliability: string | null;
  received_on: string;
  language: string | null;
  /** FieldCipher (incident_sources.statement): the testimony. */
  statement: Buffer | null;
  recorded_by: string;
  created_at: string;
}

export interface IncidentInterventionsTable {
  id: string;
  incident_id: string;
  intervention_type: string;
  by_person_id: string | null;
  by_organization_id: string | null;
  made_on: string;
  status: string;
  recorded_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentConsentsTable {
  id: string;
  incident_id: string;
  /** The testimony the consent is for; null for the whole incident. */
  source_id: string | null;
  purpose: ConsentPurpose;
  given_by: string;
  given_on: string;
  method: string;
  recorded_by: string;
  recorded_at: string;
  withdrawn_on: string | null;
  withdrawal_recorded_by: string | null;
  withdrawal_recorded_at: string | null;
}

/**
 * Whether an incident may be used for anonymous advocacy, worked out on `computed_on`
 * (domain/incident-standing.ts) and holding until `valid_until` (null: until its records change).
 * Every change to its acts, sources or consents clears `computed_on` and raises `version`; a row
 * is written back from a reading only while its version is the one read.
 */
export interface IncidentAdvocacyStandingTable {
  incident_id: string;
  version: number;
  computed_on: string | null;
  valid_until: string | null;
  /** 1 when everyone whose consent it needs has consented to the use, else 0. */
  usable: number | null;
}

/** A file in the evidence vault with the facts of its intake. */
export interface EvidenceTable {
  id: string;
  incident_id: string | null;
  case_id: string | null;
  /** The evidence this is a shareable copy of. */
  derived_from: string | null;
  file_id: string;
  sha256: string;
  size: number;
  media_type: string;
  type_id: string;
  /** FieldCipher (evidence.original_name): a file name may name the person. */
  original_name: Buffer;
  /** FieldCipher (evidence.description). */
  description: Buffer | null;
  received_from_person_id: string | null;
  received_from_organization_id: string | null;
  received_by: string;
  received_at: string;
}

export interface CustodyEventsTable {
  id: string;
  evidence_id: string;
  action: CustodyAction;
  outcome: CustodyOutcome;
  /** Null for the installation itself (the verification command). */
  actor_id: string | null;
  at: string;
  reason: string | null;
  /** JSON: identifiers, hashes and sizes only. */
  details: string;
}

export interface SearchIndexHeadTable {
  id: number;
  seq: number;
}

/** One searchable document: keyed hashes of its words and facets, never a word in the clear. */
export interface SearchDocumentsTable {
  seq: number;
  source_kind: 'note' | 'incident' | 'testimony';
  source_id: string;
  /** Space-separated hex hashes. */
  tokens: string;
  occurred_from: string;
  occurred_to: string;
  indexed_at: string;
}

export interface SearchDocumentCasesTable {
  doc_seq: number;
  case_id: string;
}

/** The key version each person's names were indexed with (domain/names/blind-keys.ts NAME_KEY_VERSION). */
export interface PersonNameIndexTable {
  person_id: string;
  key_version: number;
  indexed_at: string;
}

/** Truncated keyed hashes of the strings a person's names give; never a name. */
export interface PersonNameKeysTable {
  hash: string;
  person_id: string;
}

/** A relative's request for contact with someone, brokered only with that person's consent. */
export interface ContactRequestsTable {
  id: string;
  team_id: string;
  received_on: string;
  /** FieldCipher (contact_requests.requester): who asks, how they relate, where, how to reach them. */
  requester: Buffer;
  /** FieldCipher (contact_requests.sought): the names, birth year and details the family gave. */
  sought: Buffer;
  /** FieldCipher (contact_requests.message). */
  message: Buffer | null;
  /** The person in the records the caseworker matched, once one is found. */
  sought_person_id: string | null;
  status: ContactRequestStatus;
  status_on: string;
  consulted_on: string | null;
  answer: ContactAnswer | null;
  answered_on: string | null;
  answer_method: ConsentMethod | null;
  answer_recorded_by: string | null;
  answer_recorded_at: string | null;
  /** FieldCipher (contact_requests.shared): exactly what the sought person agreed to have told. */
  shared: Buffer | null;
  contact_made_on: string | null;
  closed_on: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A meeting report of an engagement: the author's text, FieldCipher-encrypted (reports.<column>). */
export interface ReportsTable {
  id: string;
  engagement_id: string;
  title: Buffer;
  body: Buffer;
  conclusions: Buffer;
  status: ReportStatus;
  /** Who last set the status, and when. */
  status_by: string | null;
  status_at: string | null;
  created_by: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** How the author resolved one hit of the redaction check (the matched text is FieldCipher output). */
export interface ReportResolutionsTable {
  id: string;
  report_id: string;
  field: string;
  start_at: number;
  end_at: number;
  matched: Buffer;
  action: HitAction;
  replacement: Buffer | null;
  reason: Buffer | null;
  resolved_by: string;
  resolved_at: string;
}

/** A person's consent to a use of their name in a report. */
export interface ReportConsentsTable {
  id: string;
  report_id: string;
  person_id: string;
  purpose: ConsentPurpose;
  given_on: string;
  method: string;
  recorded_by: string;
  recorded_at: string;
  withdrawn_on: string | null;
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
  audit_checkpoints: AuditCheckpointsTable;
  export_requests: ExportRequestsTable;
  sessions: SessionsTable;
  totp_credentials: TotpCredentialsTable;
  recovery_codes: RecoveryCodesTable;
  webauthn_credentials: WebauthnCredentialsTable;
  auth_throttle: AuthThrottleTable;
  legal_statuses: LegalStatusesTable;
  person_documents: PersonDocumentsTable;
  support_entitlements: SupportEntitlementsTable;
  support_payments: SupportPaymentsTable;
  support_coverage: SupportCoverageTable;
  client_standing: ClientStandingTable;
  support_month_receipts: SupportMonthReceiptsTable;
  scope_group_members: ScopeGroupMembersTable;
  engagements: EngagementsTable;
  engagement_cases: EngagementCasesTable;
  engagement_attendees: EngagementAttendeesTable;
  minutes_items: MinutesItemsTable;
  claim_topics: ClaimTopicsTable;
  claim_topic_cases: ClaimTopicCasesTable;
  claims: ClaimsTable;
  claim_evidence: ClaimEvidenceTable;
  referrals: ReferralsTable;
  legal_actions: LegalActionsTable;
  legal_action_parties: LegalActionPartiesTable;
  hearings: HearingsTable;
  filings: FilingsTable;
  tasks: TasksTable;
  vocabulary_terms: VocabularyTermsTable;
  vocabulary_sources: VocabularySourcesTable;
  incidents: IncidentsTable;
  incident_cases: IncidentCasesTable;
  incident_acts: IncidentActsTable;
  incident_act_rights: IncidentActRightsTable;
  incident_involvements: IncidentInvolvementsTable;
  incident_sources: IncidentSourcesTable;
  incident_interventions: IncidentInterventionsTable;
  incident_consents: IncidentConsentsTable;
  incident_advocacy_standing: IncidentAdvocacyStandingTable;
  evidence: EvidenceTable;
  custody_events: CustodyEventsTable;
  search_index_head: SearchIndexHeadTable;
  search_documents: SearchDocumentsTable;
  search_document_cases: SearchDocumentCasesTable;
  person_name_index: PersonNameIndexTable;
  person_name_keys: PersonNameKeysTable;
  contact_requests: ContactRequestsTable;
  reports: ReportsTable;
  report_resolutions: ReportResolutionsTable;
  report_consents: ReportConsentsTable;
}
