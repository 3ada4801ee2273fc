import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { Kysely, SqliteDialect, sql, type Insertable } from 'kysely';
import { v4 as uuidv4 } from 'uuid';
import { addDays, daysBetween } from '../../src/domain/calendar-days.js';
import type { TaskKind, TaskSource, TaskStatus } from '../../src/domain/task.js';
import { unlockDataDir } from '../../src/security/data-dir.js';
import { deriveSubkey } from '../../src/security/subkeys.js';
import type { Deps } from '../../src/services/deps.js';
import { SQLITE_FILE, type Db } from '../../src/store/engine.js';
import { up as createCaseworkTables } from '../../src/store/migrations/0005-engagements.js';
import type { EngagementsTable, TasksTable } from '../../src/store/schema.js';
import { TIMELINE_END, isoDay } from '../generate/population.js';
import { Random } from '../generate/random.js';
import {
  BENCH_CASEWORKER,
  BENCH_DATA_ROOT,
  BENCH_LAWYER,
  BENCH_PASSPHRASE,
  databaseBytes,
  openBenchSafehold,
  type PopulationParams,
} from './bench-data.js';
import { int, mb } from './report.js';
import { caseworkDirFor, ensureCasework } from './seed-casework.js';

// The follow-ups and deadlines of ten years of work on a copy of the seeded practice with its
// casework (seed-casework.ts): yearly permit renewals, follow-ups, hearings and filings, and the
// follow-ups of meetings with agencies. Written in large transactions, without the audit entries
// of their creation (the views measured read none).

/** The last day of the practice's history: tasks due after it are still open. */
export const TODAY = isoDay(TIMELINE_END);
const DAY = 86_400_000;
/** Bump when the generation below changes, so old directories are seeded again. */
const TASKS_VERSION = 4;
const MANIFEST = 'overdue-view-manifest.json';

export interface TasksManifest {
  version: number;
  params: PopulationParams;
  seconds: number;
  tasks: number;
  open: number;
  engagements: number;
  rowsPerSecond: number;
  fileBytes: number;
}

/** Where the practice with ten years of tasks is kept for these population parameters. */
export function tasksDirFor(params: PopulationParams): string {
  return join(BENCH_DATA_ROOT, `overdue-view-${params.clients}-${params.notes}-seed${params.seed}`);
}

async function readTasksManifest(dir: string, params: PopulationParams): Promise<TasksManifest | null> {
  try {
    const m = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as TasksManifest;
    const same = m.version === TASKS_VERSION && JSON.stringify(m.params) === JSON.stringify(params);
    return same ? m : null;
  } catch {
    return null;
  }
}

/** A copy of the casework directory, taken while nobody writes to it (its write-ahead log empty). */
async function copyCasework(dir: string, params: PopulationParams): Promise<void> {
  const source = caseworkDirFor(params);
  const walBytes = () =>
    stat(join(source, `${SQLITE_FILE}-wal`)).then(
      (s) => s.size,
      () => 0,
    );
  const modified = async () => (await stat(join(source, SQLITE_FILE))).mtimeMs;
  const before = await modified();
  if ((await walBytes()) > 0) throw new Error(`${source} is being written to: run again when it is idle`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const file of ['keyfile.json', SQLITE_FILE]) await copyFile(join(source, file), join(dir, file));
  if ((await walBytes()) > 0 || (await modified()) !== before) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`${source} changed while it was copied: run again when it is idle`);
  }
}

/** The tables of migration 0005, children first. */
const CASEWORK_TABLES = [
  'tasks',
  'filings',
  'hearings',
  'legal_action_parties',
  'legal_actions',
  'referrals',
  'claim_evidence',
  'claims',
  'claim_topic_cases',
  'claim_topics',
  'minutes_items',
  'engagement_attendees',
  'engagement_cases',
  'engagements',
];

/**
 * The copy was migrated by whatever version of migration 0005 was current when it was last
 * opened: drop what that created (nothing is seeded in it yet) and run the current one.
 */
async function freshCaseworkTables(dir: string): Promise<void> {
  const key = deriveSubkey(await unlockDataDir(dir, BENCH_PASSPHRASE), 'sqlcipher');
  const raw = new Database(join(dir, SQLITE_FILE));
  raw.pragma(`cipher='sqlcipher'`);
  raw.pragma('legacy=4');
  raw.pragma(`key="x'${key.toString('hex')}'"`);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  try {
    await db.transaction().execute(async (tx) => {
      for (const t of CASEWORK_TABLES) await sql`drop table if exists ${sql.table(t)}`.execute(tx);
      // Indexes on other tables, by the names earlier versions of 0005 gave them.
      for (const index of ['cases_team_id', 'cases_id_team']) {
        await sql`drop index if exists ${sql.id(index)}`.execute(tx);
      }
      await createCaseworkTables(tx);
    });
  } finally {
    await db.destroy();
  }
}

type TaskRow = Insertable<TasksTable>;

/** One case's follow-ups and deadlines over its life, as the practice would have kept them. */
function planCase(
  rng: Random,
  c: { id: string; opened_on: string; closed_on: string | null },
  assignees: () => string,
  newId: () => string,
): TaskRow[] {
  const end = c.closed_on ?? TODAY;
  const rows: TaskRow[] = [];
  const add = (kind: TaskKind, title: string, dueOn: string, status: TaskStatus, remindDays: number | null) => {
    const createdOn = addDays(dueOn, -rng.int(7, 60)) < c.opened_on ? c.opened_on : addDays(dueOn, -rng.int(7, 60));
    const at = `${createdOn}T09:00:00.000Z`;
    rows.push({
      id: newId(),
      case_id: c.id,
      engagement_id: null,
      title,
      kind,
      status,
      due_on: dueOn,
      remind_on: remindDays === null ? null : addDays(dueOn, -remindDays),
      assignee_id: assignees(),
      source_kind: null,
      source_id: null,
      created_by: assignees(),
      completed_at: status === 'done' ? `${dueOn < TODAY ? dueOn : TODAY}T16:00:00.000Z` : null,
      version: status === 'open' ? 1 : 2,
      created_at: at,
      updated_at: at,
    });
  };
  // What fell due in the past was mostly done; some was dropped, some is still waiting.
  const pastStatus = (): TaskStatus =>
    c.closed_on ? rng.weighted({ done: 95, cancelled: 5 }) : rng.weighted({ done: 95, cancelled: 2, open: 3 });
  // Residence permits are renewed every year while the case is open; the next renewal is open.
  for (let year = 1; ; year += 1) {
    const due = addDays(c.opened_on, 365 * year);
    if (due > end) {
      if (!c.closed_on) add('permit_expiry', 'Renew the residence permit', due, 'open', 30);
      break;
    }
    add('permit_expiry', 'Renew the residence permit', due, pastStatus(), 30);
  }
  const span = daysBetween(c.opened_on, end) + (c.closed_on ? 0 : 45);
  const spread = (n: number, kind: TaskKind, title: string, remindDays: number | null) => {
    for (let i = 0; i < n; i += 1) {
      const due = addDays(c.opened_on, rng.int(1, Math.max(1, span)));
      const status = due > TODAY ? (c.closed_on ? 'cancelled' : 'open') : pastStatus();
      add(kind, title, due, status, remindDays);
    }
  };
  spread(rng.int(0, 6), 'follow_up', 'Follow up with the client', null);
  if (rng.chance(0.2)) {
    spread(rng.int(1, 3), 'hearing', 'Hearing', 7);
    spread(rng.int(1, 2), 'filing', 'File the appeal', 5);
  }
  return rows;
}

async function insertAll(tx: Db, tasks: TaskRow[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += 1_000) {
    await tx
      .insertInto('tasks')
      .values(tasks.slice(i, i + 1_000))
      .execute();
  }
}

async function seedTasks(dir: string, params: PopulationParams): Promise<TasksManifest> {
  await ensureCasework(params, (line) => console.log(line));
  console.log(`Copying the practice with its casework to ${dir}…`);
  await copyCasework(dir, params);
  await freshCaseworkTables(dir);
  const { store, deps } = await openBenchSafehold(dir);
  try {
    await sql`pragma cache_size = -262144`.execute(store.db);
    const userId = async (username: string) =>
      (await deps.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const lawyerId = await userId(BENCH_LAWYER.username);
    const caseworkerId = await userId(BENCH_CASEWORKER.username);
    const withCaseworker = new Set(
      (
        await deps.db.selectFrom('case_assignments').select('case_id').where('user_id', '=', caseworkerId).execute()
      ).map((r) => r.case_id),
    );
    const cases = await deps.db
      .selectFrom('cases')
      .select(['id', 'opened_on', 'closed_on'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const agency = await deps.db
      .selectFrom('organizations')
      .select('id')
      .where('kind', '=', 'un_agency')
      .executeTakeFirstOrThrow();
    const rng = new Random(params.seed, 'overdue-view');
    const ids = new Random(params.seed, 'overdue-view/ids');
    const newId = () => uuidv4({ random: ids.bytes(16) });
    const started = performance.now();
    let tasks = 0;
    let open = 0;
    let batch: TaskRow[] = [];
    const flush = async () => {
      const rows = batch;
      batch = [];
      tasks += rows.length;
      open += rows.filter((r) => r.status === 'open').length;
      await deps.db.transaction().execute((tx) => insertAll(tx, rows));
    };
    for (const [i, c] of cases.entries()) {
      const assignee = () => (withCaseworker.has(c.id) && rng.chance(0.4) ? caseworkerId : lawyerId);
      batch.push(...planCase(rng, c, assignee, newId));
      if (batch.length >= 50_000) await flush();
      if ((i + 1) % 20_000 === 0) console.log(`  tasks of ${int(i + 1)} of ${int(cases.length)} cases written`);
    }
    await flush();
    const engagements = await seedEngagements(deps, { cases, lawyerId, agencyId: agency.id, rng, newId });
    const seconds = (performance.now() - started) / 1000;
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    const manifest: TasksManifest = {
      version: TASKS_VERSION,
      params,
      seconds: Math.round(seconds * 10) / 10,
      tasks: tasks + engagements.tasks,
      open: open + engagements.open,
      engagements: engagements.count,
      rowsPerSecond: Math.round((tasks + engagements.tasks) / seconds),
      fileBytes: await databaseBytes(dir),
    };
    await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await store.close();
  }
}

/** Meetings with the agency about one to three open cases, one per 40 clients, each with follow-ups. */
async function seedEngagements(
  deps: Deps,
  p: {
    cases: { id: string; opened_on: string; closed_on: string | null }[];
    lawyerId: string;
    agencyId: string;
    rng: Random;
    newId: () => string;
  },
) {
  const openCases = p.cases.filter((c) => !c.closed_on);
  const count = Math.max(1, Math.floor(p.cases.length / 40));
  const engagements: Insertable<EngagementsTable>[] = [];
  const links: { engagement_id: string; case_id: string }[] = [];
  const followUps: TaskRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = p.newId();
    const requestedOn = isoDay(TIMELINE_END - p.rng.int(20, 3 * 365) * DAY);
    const heldOn = addDays(requestedOn, p.rng.int(5, 30));
    const at = `${requestedOn}T09:00:00.000Z`;
    engagements.push({
      id,
      organization_id: p.agencyId,
      requested_by: p.lawyerId,
      requested_on: requestedOn,
      channel: 'email',
      subject: deps.cipher.encrypt('engagements', 'subject', id, 'Meeting on the support and status of leavers'),
      status: heldOn <= TODAY ? 'held' : 'requested',
      outcome_on: heldOn <= TODAY ? heldOn : null,
      place: null,
      version: heldOn <= TODAY ? 2 : 1,
      created_at: at,
      updated_at: at,
    });
    const linked = new Set(Array.from({ length: p.rng.int(1, 3) }, () => p.rng.pick(openCases).id));
    for (const caseId of linked) links.push({ engagement_id: id, case_id: caseId });
    if (heldOn > TODAY) continue;
    for (let k = p.rng.int(1, 3); k > 0; k -= 1) {
      const due = addDays(heldOn, 14);
      const status: TaskStatus = due > TODAY ? 'open' : p.rng.weighted({ done: 88, cancelled: 2, open: 10 });
      const source: TaskSource = 'minutes_item';
      followUps.push({
        id: p.newId(),
        case_id: null,
        engagement_id: id,
        title: 'Follow up the commitment made by the agency',
        kind: 'follow_up',
        status,
        due_on: due,
        remind_on: null,
        assignee_id: p.lawyerId,
        source_kind: source,
        source_id: p.newId(),
        created_by: p.lawyerId,
        completed_at: status === 'done' ? `${due}T16:00:00.000Z` : null,
        version: status === 'open' ? 1 : 2,
        created_at: `${heldOn}T17:00:00.000Z`,
        updated_at: `${heldOn}T17:00:00.000Z`,
      });
    }
  }
  await deps.db.transaction().execute(async (tx) => {
    for (let i = 0; i < engagements.length; i += 1_000) {
      await tx
        .insertInto('engagements')
        .values(engagements.slice(i, i + 1_000))
        .execute();
    }
    for (let i = 0; i < links.length; i += 1_000) {
      await tx
        .insertInto('engagement_cases')
        .values(links.slice(i, i + 1_000))
        .execute();
    }
    await insertAll(tx, followUps);
  });
  return { count, tasks: followUps.length, open: followUps.filter((t) => t.status === 'open').length };
}

/**
 * The practice with its casework and ten years of follow-ups and deadlines (a copy of the casework
 * directory), seeded on first use and reused after.
 */
export async function ensureTasks(params: PopulationParams) {
  const dir = tasksDirFor(params);
  const existing = await readTasksManifest(dir, params);
  const manifest = existing ?? (await seedTasks(dir, params));
  console.log(
    `${existing ? 'Reusing' : 'Seeded'} ${dir}: ${int(manifest.tasks)} tasks (${int(manifest.open)} open), ` +
      `${int(manifest.engagements)} engagements, ${mb(manifest.fileBytes)}` +
      (existing ? '' : `, ${int(manifest.rowsPerSecond)} tasks/s`),
  );
  return { dir, manifest };
}
