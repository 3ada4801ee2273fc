import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { columnTypes, versioned } from './column-types.js';

// Abuses and their evidence: the controlled vocabularies (HURIDOCS micro-thesauri and local
// terms), incidents in the Events Standard Formats model with consent to each use, evidence
// records with their chain of custody, and the search index. Free text that may carry testimony,
// names or whereabouts is FieldCipher output (bytes); the search index holds keyed hashes only.
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable('vocabulary_terms')
    .addColumn('vocab_number', 'text', (c) => c.primaryKey())
    .addColumn('list_code', 'integer', (c) => c.notNull())
    .addColumn('list_name', 'text', (c) => c.notNull())
    .addColumn('huri_code', 'text')
    .addColumn('parent_vocab_number', 'text', (c) => c.references('vocabulary_terms.vocab_number'))
    .addColumn('term_level', 'integer', (c) => c.notNull())
    .addColumn('term_order', 'integer', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_sq', 'text')
    .addColumn('label_fa', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('vocabulary_terms_list')
    .on('vocabulary_terms')
    .columns(['list_name', 'term_order'])
    .execute();
  await db.schema.createIndex('vocabulary_terms_parent').on('vocabulary_terms').column('parent_vocab_number').execute();

  // What was last loaded from a shipped source (the CSV and its translations), by fingerprint.
  await db.schema
    .createTable('vocabulary_sources')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('term_count', 'integer', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', t.bytes, (c) => c.notNull())
    .addColumn('start_value', 'text', (c) => c.notNull())
    .addColumn('start_precision', 'text', (c) => c.notNull())
    .addColumn('end_value', 'text')
    .addColumn('end_precision', 'text')
    .addColumn('occurred_from', 'text', (c) => c.notNull())
    .addColumn('occurred_to', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('place', t.bytes)
    .addColumn('description', t.bytes, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();

  // The cases an incident belongs to: a user sees it only when they see every one of them.
  await db.schema
    .createTable('incident_cases')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('incident_cases_pk', ['incident_id', 'case_id'])
    .execute();
  await db.schema.createIndex('incident_cases_case').on('incident_cases').columns(['case_id', 'incident_id']).execute();

  await db.schema
    .createTable('incident_acts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('act_type', 'text', (c) => c.notNull().references('vocabulary_terms.vocab_number'))
    .addColumn('victim_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('victim_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('perpetrator_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('perpetrator_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('perpetrator_type', 'text', (c) => c.references('vocabulary_terms.vocab_number'))
    .addColumn('date_value', 'text')
    .addColumn('date_precision', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_acts_incident').on('incident_acts').column('incident_id').execute();
  await db.schema.createIndex('incident_acts_type').on('incident_acts').column('act_type').execute();

  await db.schema
    .createTable('incident_act_rights')
    .addColumn('act_id', 'text', (c) => c.notNull().references('incident_acts.id').onDelete('cascade'))
    .addColumn('right_term', 'text', (c) => c.notNull().references('vocabulary_terms.vocab_number'))
    .addPrimaryKeyConstraint('incident_act_rights_pk', ['act_id', 'right_term'])
    .execute();

  await db.schema
    .createTable('incident_involvements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('act_id', 'text', (c) => c.references('incident_acts.id'))
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('degree', 'text', (c) => c.notNull().references('vocabulary_terms.vocab_number'))
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incident_involvements_incident')
    .on('incident_involvements')
    .column('incident_id')
    .execute();

  // The sources of information; a source's statement is a testimony (FieldCipher).
  await db.schema
    .createTable('incident_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('connection', 'text', (c) => c.notNull().references('vocabulary_terms.vocab_number'))
    .addColumn('reliability', 'text', (c) => c.references('vocabulary_terms.vocab_number'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('statement', t.bytes)
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_sources_incident').on('incident_sources').column('incident_id').execute();

  await db.schema
    .createTable('incident_interventions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('intervention_type', 'text', (c) => c.notNull().references('vocabulary_terms.vocab_number'))
    .addColumn('by_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('by_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('made_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().references('vocabulary_terms.vocab_number'))
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .$call(versioned)
    .execute();
  await db.schema
    .createIndex('incident_interventions_incident')
    .on('incident_interventions')
    .column('incident_id')
    .execute();

  // Consent to each use: never deleted; a withdrawal is recorded on the consent.
  await db.schema
    .createTable('incident_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.references('incident_sources.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('given_by', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_on', 'text')
    .addColumn('withdrawal_recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('withdrawal_recorded_at', 'text')
    .execute();
  await db.schema.createIndex('incident_consents_incident').on('incident_consents').column('incident_id').execute();

  // Evidence in the vault: the intake facts of the file, and where it belongs.
  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.references('incidents.id'))
    .addColumn('case_id', 'text', (c) => c.references('cases.id'))
    .addColumn('derived_from', 'text', (c) => c.references('evidence.id'))
    .addColumn('file_id', 'text', (c) => c.notNull().unique())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('type_id', 'text', (c) => c.notNull())
    .addColumn('original_name', t.bytes, (c) => c.notNull())
    .addColumn('description', t.bytes)
    .addColumn('received_from_person_id', 'text', (c) => c.references('people.id'))
    .addColumn('received_from_organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('received_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_incident').on('evidence').column('incident_id').execute();
  await db.schema.createIndex('evidence_case').on('evidence').column('case_id').execute();
  await db.schema.createIndex('evidence_derived').on('evidence').column('derived_from').execute();

  await db.schema
    .createTable('custody_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('evidence_id', 'text', (c) => c.notNull().references('evidence.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('custody_events_evidence').on('custody_events').columns(['evidence_id', 'id']).execute();

  // The search index: per document (a note, an incident, a testimony) the keyed hashes of its
  // words and facets, never a word in the clear. seq orders documents newest last; it comes from
  // the one-row head, so it survives a backup and restore on both engines.
  await db.schema
    .createTable('search_index_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', t.bigint, (c) => c.notNull())
    .execute();
  await sql`insert into search_index_head (id, seq) values (1, 0)`.execute(db);

  await db.schema
    .createTable('search_documents')
    .addColumn('seq', pg ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('tokens', 'text', (c) => c.notNull())
    .addColumn('occurred_from', 'text', (c) => c.notNull())
    .addColumn('occurred_to', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_source', ['source_kind', 'source_id'])
    .execute();

  await db.schema
    .createTable('search_document_cases')
    .addColumn('doc_seq', t.bigint, (c) => c.notNull().references('search_documents.seq').onDelete('cascade'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('search_document_cases_pk', ['doc_seq', 'case_id'])
    .execute();
  await db.schema
    .createIndex('search_document_cases_case')
    .on('search_document_cases')
    .columns(['case_id', 'doc_seq'])
    .execute();

  if (pg) {
    // An inverted index over the hashes; queries use the same expression.
    await sql`create index search_documents_tokens on search_documents using gin (string_to_array(tokens, ' '))`.execute(
      db,
    );
  } else {
    // A contentless FTS5 table over the hex hashes: it keeps only the inverted index (no copy of
    // the text, no positions), kept in step with search_documents by triggers in the same
    // transaction, and rebuilt by them when a backup is restored.
    await sql`create virtual table search_fts using fts5(tokens, content='', contentless_delete=1, detail=none)`.execute(
      db,
    );
    await sql`create trigger search_documents_insert after insert on search_documents begin
      insert into search_fts (rowid, tokens) values (new.seq, new.tokens);
    end`.execute(db);
    await sql`create trigger search_documents_delete after delete on search_documents begin
      delete from search_fts where rowid = old.seq;
    end`.execute(db);
    await sql`create trigger search_documents_update after update of tokens on search_documents begin
      delete from search_fts where rowid = old.seq;
      insert into search_fts (rowid, tokens) values (new.seq, new.tokens);
    end`.execute(db);
  }
}
