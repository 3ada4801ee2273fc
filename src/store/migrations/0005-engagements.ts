import type { Kysely } from 'kysely';
import { columnTypes, versioned } from './column-types.js';

// Case work: requests to organizations and their meetings with structured minutes, the claims
// ledger, referrals with consent, legal actions, and follow-ups with due dates and reminders.
// Free text that may carry testimony, names or whereabouts is FieldCipher output (bytes).
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('engagements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('subject', t.bytes, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome_on', 'text')
    .addColumn('place', t.bytes)
    .$call(versioned)
    .execute();
  await db.schema.createIndex('engagements_organization').on('engagements').column('organization_id').execute();

  // The cases an engagement concerns: a user sees it only when they see every one of them.
  await db.schema
    .createTable('engagement_cases')
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('engagement_cases_pk', ['engagement_id', 'case_id'])
    .execute();
  await db.schema.createIndex('engagement_cases_case').on('engagement_cases').column('case_id').execute();

  await db.schema
    .createTable('engagement_attendees')
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('engagement_attendees_pk', ['engagement_id', 'position'])
    .execute();

  await db.schema
    .createTable('minutes_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('speaker_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('speaker_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('speaker_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('refers_to_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('text', t.bytes, (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .addUniqueConstraint('minutes_items_position', ['engagement_id', 'position'])
    .execute();

  await db.schema
    .createTable('claim_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_note', t.bytes)
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();

  await db.schema
    .createTable('claim_topic_cases')
    .addColumn('topic_id', 'text', (c) => c.notNull().references('claim_topics.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('claim_topic_cases_pk', ['topic_id', 'case_id'])
    .execute();
  await db.schema.createIndex('claim_topic_cases_case').on('claim_topic_cases').column('case_id').execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) => c.notNull().references('claim_topics.id').onDelete('cascade'))
    .addColumn('asserted_by_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('asserted_by_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('asserted_on', 'text', (c) => c.notNull())
    .addColumn('stance', 'text', (c) => c.notNull())
    // JSON of the structured value (an amount per period, or yes/no); null when there is none.
    .addColumn('value', 'text')
    .addColumn('about_from', 'text')
    .addColumn('about_to', 'text')
    .addColumn('statement', t.bytes, (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('claims_topic').on('claims').columns(['topic_id', 'asserted_on']).execute();

  // What a verified or refuted finding rests on: claims of the topic, or sources.
  await db.schema
    .createTable('claim_evidence')
    .addColumn('topic_id', 'text', (c) => c.notNull().references('claim_topics.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('claim_id', 'text', (c) => c.references('claims.id'))
    .addColumn('source_kind', 'text')
    .addColumn('source_id', 'text')
    .addPrimaryKeyConstraint('claim_evidence_pk', ['topic_id', 'position'])
    .execute();

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('from_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('to_organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('purpose', t.bytes, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_on', 'text', (c) => c.notNull())
    .addColumn('outcome', t.bytes)
    .addColumn('consent_given_on', 'text')
    .addColumn('consent_method', 'text')
    .addColumn('consent_recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('consent_recorded_at', 'text')
    .addColumn('override_by', 'text', (c) => c.references('users.id'))
    .addColumn('override_reason', 'text')
    .addColumn('minutes_item_id', 'text', (c) => c.references('minutes_items.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();
  await db.schema.createIndex('referrals_case').on('referrals').columns(['case_id', 'sent_on']).execute();

  await db.schema
    .createTable('legal_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('forum_organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_on', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('outcome', t.bytes)
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();
  await db.schema.createIndex('legal_actions_case').on('legal_actions').columns(['case_id', 'opened_on']).execute();

  await db.schema
    .createTable('legal_action_parties')
    .addColumn('legal_action_id', 'text', (c) => c.notNull().references('legal_actions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('side', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('legal_action_parties_pk', ['legal_action_id', 'position'])
    .execute();

  await db.schema
    .createTable('hearings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('legal_action_id', 'text', (c) => c.notNull().references('legal_actions.id').onDelete('cascade'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('result', t.bytes)
    .$call(versioned)
    .execute();
  await db.schema.createIndex('hearings_action').on('hearings').columns(['legal_action_id', 'held_on']).execute();

  await db.schema
    .createTable('filings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('legal_action_id', 'text', (c) => c.notNull().references('legal_actions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('deadline_on', 'text')
    .addColumn('filed_on', 'text')
    .$call(versioned)
    .execute();
  await db.schema.createIndex('filings_action').on('filings').column('legal_action_id').execute();

  // Follow-ups and deadlines, on a case or on an engagement (seen through all of its cases).
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('engagement_id', 'text', (c) => c.references('engagements.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('remind_on', 'text')
    .addColumn('assignee_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('source_kind', 'text')
    .addColumn('source_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('completed_at', 'text')
    .$call(versioned)
    .execute();
  // "What is overdue or due soon": open items by due date, for everyone (a team) or one
  // assignee. The indexes carry what the visibility checks need, so counting the open items of
  // a large practice reads index pages only, not every task row.
  await db.schema
    .createIndex('tasks_open_due')
    .on('tasks')
    .columns(['status', 'due_on', 'assignee_id', 'case_id', 'engagement_id'])
    .execute();
  await db.schema
    .createIndex('tasks_assignee_due')
    .on('tasks')
    .columns(['assignee_id', 'status', 'due_on', 'case_id', 'engagement_id'])
    .execute();
  // "Which cases are my team's?" read from an index alone, without the case rows.
  await db.schema.createIndex('cases_team_id').on('cases').columns(['team_id', 'id']).execute();
  await db.schema
    .createIndex('tasks_assignee_reminder')
    .on('tasks')
    .columns(['assignee_id', 'status', 'remind_on'])
    .execute();
  await db.schema.createIndex('tasks_case').on('tasks').columns(['case_id', 'due_on']).execute();
  await db.schema.createIndex('tasks_engagement').on('tasks').column('engagement_id').execute();
  await db.schema.createIndex('tasks_source').on('tasks').columns(['source_kind', 'source_id']).execute();
}
