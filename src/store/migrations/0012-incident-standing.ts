import { sql, type Kysely } from 'kysely';

// Whether each incident may be used for anonymous advocacy, worked out for a day and kept with
// the day it stops holding, so that the dashboard counts the acts of the incidents their victims
// consented to without deciding every incident's consent again. Changes to an incident's acts,
// sources or consents mark its row to be worked out again (its version goes up, and the first act
// gives a new incident its row); the dashboard works out the rows it finds marked or past their
// day. Every incident recorded before gets a row here, marked, so that every incident has one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incident_advocacy_standing')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('computed_on', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('usable', 'integer')
    .execute();
  await sql`insert into incident_advocacy_standing (incident_id, version) select id, 1 from incidents`.execute(db);
}
