import { sql, type Kysely } from 'kysely';
import { scopeGroupOf, type OpenCaseRow, type ScopeMember } from '../../domain/scope-group.js';

/** Rows per insert statement. */
const BATCH = 500;

// Each client with an open case is placed in the group of clients seen by the same teams and
// users (domain/scope-group.ts), kept on their standing row and on their monthly receipts, so
// that the dashboard reads a group name per row instead of looking up the row's cases and
// assignments. The receipts are read by month with their group; every client is placed here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('client_standing').addColumn('scope_group', 'text').execute();
  await db.schema.alterTable('support_month_receipts').addColumn('scope_group', 'text').execute();
  await db.schema
    .createTable('scope_group_members')
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('member_kind', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('scope_group_members_pk', ['member_id', 'member_kind', 'group_id'])
    .execute();
  await db.schema.dropIndex('support_month_receipts_month').execute();
  await db.schema
    .createIndex('support_month_receipts_month')
    .on('support_month_receipts')
    .columns(['month', 'currency', 'scope_group', 'amount_minor'])
    .execute();
  await placeEveryClient(db);
}

/** Place every client with an open case in their scope group, on their kept row and their receipts. */
export async function placeEveryClient(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ client_id: string; team_id: string | null; user_id: string | null }>`
    select c.client_id, c.team_id, a.user_id
    from cases c left join case_assignments a on a.case_id = c.id
    where c.status <> 'closed'`.execute(db);
  const casesOf = new Map<string, OpenCaseRow[]>();
  for (const r of rows) {
    const list = casesOf.get(r.client_id) ?? [];
    list.push({ teamId: r.team_id, userId: r.user_id });
    casesOf.set(r.client_id, list);
  }
  const members = new Map<string, ScopeMember & { groupId: string }>();
  const placed: { clientId: string; groupId: string }[] = [];
  for (const [clientId, cases] of casesOf) {
    const group = scopeGroupOf(cases);
    if (!group) continue;
    placed.push({ clientId, groupId: group.id });
    for (const m of group.members) members.set(`${group.id} ${m.kind} ${m.id}`, { ...m, groupId: group.id });
  }
  const memberRows = [...members.values()];
  for (let i = 0; i < memberRows.length; i += BATCH) {
    const values = memberRows.slice(i, i + BATCH).map((m) => sql`(${m.id}, ${m.kind}, ${m.groupId})`);
    await sql`insert into scope_group_members (member_id, member_kind, group_id)
      values ${sql.join(values)}`.execute(db);
  }
  for (let i = 0; i < placed.length; i += BATCH) {
    const values = placed.slice(i, i + BATCH).map((p) => sql`(${p.clientId}, 1, ${p.groupId})`);
    await sql`insert into client_standing (person_id, version, scope_group) values ${sql.join(values)}
      on conflict (person_id) do update set scope_group = excluded.scope_group`.execute(db);
  }
  await sql`update support_month_receipts set scope_group =
    (select s.scope_group from client_standing s where s.person_id = support_month_receipts.person_id)`.execute(db);
}
