import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql, type Insertable } from 'kysely';
import { v4 as uuidv4 } from 'uuid';
import { sealNotes, sealNumber } from '../../src/services/documents/document-view.js';
import { sealOpenQuestions } from '../../src/services/status/status-view.js';
import type { Db } from '../../src/store/engine.js';
import { SQLITE_FILE } from '../../src/store/engine.js';
import { insertOrganization } from '../../src/store/organizations.js';
import type {
  LegalStatusesTable,
  PersonDocumentsTable,
  SupportEntitlementsTable,
  SupportPaymentsTable,
} from '../../src/store/schema.js';
import { rebuildCoverage } from '../../src/store/support-coverage.js';
import { rebuildAllReceipts } from '../../src/store/support-receipts.js';
import { addTeamMember, findTeamByName } from '../../src/store/users.js';
import { caseworkPlan, type CaseworkOrganizations } from '../generate/casework.js';
import { TIMELINE_END, isoDay } from '../generate/population.js';
import { Random } from '../generate/random.js';
import {
  BENCH_DATA_ROOT,
  BENCH_LAWYER,
  BENCH_TEAM,
  createBenchUser,
  dataDirFor,
  databaseBytes,
  openBenchSafehold,
  type PopulationParams,
} from './bench-data.js';
import { ensureSeeded } from './seed-population.js';

/** The day the casework is looked at: the last day of the seeded timeline. */
export const CASEWORK_ON = isoDay(TIMELINE_END);

/** Bump when the casework generator changes, so old directories are seeded again. */
const CASEWORK_VERSION = 1;
const MANIFEST = 'casework-manifest.json';

export const BENCH_SUPERVISOR = {
  username: 'bench-supervisor',
  displayName: 'Supervisor of the benchmark practice',
  password: 'totals and deadlines 2025 fictional',
};

export interface CaseworkManifest {
  version: number;
  params: PopulationParams;
  on: string;
  seconds: number;
  rows: Record<string, number>;
  rowsPerSecond: number;
  fileBytes: number;
}

export function caseworkDirFor(p: PopulationParams): string {
  return join(BENCH_DATA_ROOT, `casework-${p.clients}-${p.notes}-seed${p.seed}`);
}

async function readCaseworkManifest(p: PopulationParams): Promise<CaseworkManifest | null> {
  try {
    const m = JSON.parse(await readFile(join(caseworkDirFor(p), MANIFEST), 'utf8')) as CaseworkManifest;
    const same =
      m.version === CASEWORK_VERSION &&
      m.params.clients === p.clients &&
      m.params.notes === p.notes &&
      m.params.seed === p.seed;
    return same ? m : null;
  } catch {
    return null;
  }
}

/**
 * A copy of the seeded practice extended with its casework: legal status, documents,
 * entitlements and payments for every client (the population itself is seeded first when
 * missing). Reused while its manifest matches.
 */
export async function ensureCasework(
  params: PopulationParams,
  log: (line: string) => void,
): Promise<{ dir: string; manifest: CaseworkManifest; reused: boolean }> {
  const dir = caseworkDirFor(params);
  const existing = await readCaseworkManifest(params);
  if (existing) return { dir, manifest: existing, reused: true };
  await ensureSeeded(params, log);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  log(`Copying the seeded practice to ${dir}…`);
  for (const file of ['keyfile.json', SQLITE_FILE]) await copyFile(join(dataDirFor(params), file), join(dir, file));
  return { dir, manifest: await seedCasework(dir, params, log), reused: false };
}

/** Rows per insert statement (well under SQLite's limit of bound variables) and per transaction. */
const ROWS_PER_INSERT = 1_000;
const ROWS_PER_TRANSACTION = 50_000;

type Rows = {
  legal_statuses: Insertable<LegalStatusesTable>[];
  person_documents: Insertable<PersonDocumentsTable>[];
  support_entitlements: Insertable<SupportEntitlementsTable>[];
  support_payments: Insertable<SupportPaymentsTable>[];
};
type TableName = keyof Rows;
const TABLES: TableName[] = ['legal_statuses', 'person_documents', 'support_entitlements', 'support_payments'];

async function flush(tx: Db, rows: Rows): Promise<void> {
  for (const table of TABLES) {
    const list = rows[table];
    for (let i = 0; i < list.length; i += ROWS_PER_INSERT) {
      await tx
        .insertInto(table)
        .values(list.slice(i, i + ROWS_PER_INSERT))
        .execute();
    }
    list.length = 0;
  }
}

/**
 * Open a casework copy as `safehold serve` would, first bringing a copy of an older population
 * up to what the migrations now create, where their table says they already ran: the column
 * users.password_expires_at (added to 0002 after early populations were seeded) and the index
 * cases_client_scope (added to 0004 after early populations were migrated through it); and the
 * receipts per month the payments were bulk-loaded without (`rebuildAllReceipts`).
 */
export async function openCasework(dir: string, log: (line: string) => void = () => undefined) {
  const opened = await openBenchSafehold(dir);
  const db = opened.store.db;
  const columns = await sql<{ name: string }>`select name from pragma_table_info('users')`.execute(db);
  if (!columns.rows.some((c) => c.name === 'password_expires_at')) {
    log('  the copy predates users.password_expires_at: adding the column');
    await sql`alter table users add column password_expires_at text`.execute(db);
  }
  await db.schema
    .createIndex('cases_client_scope')
    .ifNotExists()
    .on('cases')
    .columns(['client_id', 'code', 'status', 'team_id', 'id'])
    .execute();
  const receipts = await db.selectFrom('support_month_receipts').select('person_id').limit(1).execute();
  const payments = await db.selectFrom('support_payments').select('person_id').limit(1).execute();
  if (receipts.length === 0 && payments.length > 0) {
    log('  the payments have no receipts per month: writing them');
    await rebuildAllReceipts(db);
  }
  return opened;
}

async function seedCasework(dir: string, params: PopulationParams, log: (line: string) => void) {
  const { store, deps } = await openCasework(dir, log);
  try {
    await sql`pragma cache_size = -262144`.execute(store.db);
    const at = deps.now().toISOString();
    const orgRng = new Random(params.seed, 'casework/organizations');
    const organization = async (
      kind: 'government_office' | 'un_agency' | 'ngo' | 'former_organization',
      name: string,
    ) =>
      (
        await insertOrganization(deps.db, {
          id: uuidv4({ random: orgRng.bytes(16) }),
          kind,
          name,
          acronym: null,
          country: 'AL',
          notes: null,
          version: 1,
          created_at: at,
          updated_at: at,
        })
      ).id;
    const org: CaseworkOrganizations = {
      ministry: await organization('government_office', 'Ministry of the Interior (fictional)'),
      asylumOffice: await organization('government_office', 'Asylum office (fictional)'),
      agency: await organization('un_agency', 'Refugee agency office (fictional)'),
      ngo: await organization('ngo', 'Partner NGO for social needs (fictional)'),
      stateReception: await organization('government_office', 'State reception programme (fictional)'),
      formerOrganization: await organization('former_organization', 'The former organization (fictional)'),
    };
    const supervisor = await createBenchUser(deps, BENCH_SUPERVISOR, 'supervisor');
    const team = await findTeamByName(deps.db, BENCH_TEAM);
    if (!team) throw new Error('the seeded practice has no team');
    await addTeamMember(deps.db, team.id, supervisor.id);
    const lawyer = await deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', BENCH_LAWYER.username)
      .executeTakeFirstOrThrow();

    const clients = await deps.db
      .selectFrom('cases')
      .select(['client_id', 'opened_on'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const rng = new Random(params.seed, 'casework');
    const ids = new Random(params.seed, 'casework/ids');
    const newId = () => uuidv4({ random: ids.bytes(16) });
    const rows: Rows = { legal_statuses: [], person_documents: [], support_entitlements: [], support_payments: [] };
    const counts: Record<string, number> = Object.fromEntries(TABLES.map((t) => [t, 0]));
    const pending = () => TABLES.reduce((n, t) => n + rows[t].length, 0);
    const started = performance.now();
    let done = 0;
    let tx = 0;
    const write = async () => {
      for (const t of TABLES) counts[t] = (counts[t] ?? 0) + rows[t].length;
      await deps.db.transaction().execute((t) => flush(t, rows));
      tx += 1;
    };
    for (const client of clients) {
      const plan = caseworkPlan(rng, org, client.opened_on, CASEWORK_ON);
      const common = {
        person_id: client.client_id,
        recorded_by: lawyer.id,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      for (const s of plan.statuses) {
        const id = newId();
        rows.legal_statuses.push({
          ...common,
          id,
          basis: s.basis,
          authority_id: s.authorityId,
          effective_from: s.effectiveFrom,
          effective_to: s.effectiveTo,
          open_questions: sealOpenQuestions(deps.cipher, id, s.openQuestions),
        });
      }
      for (const d of plan.documents) {
        const id = newId();
        rows.person_documents.push({
          ...common,
          id,
          kind: d.kind,
          state: d.state,
          number: sealNumber(deps.cipher, id, d.number),
          issuer_organization_id: d.issuerOrganizationId,
          issuer_text: d.issuerText,
          issued_on: d.issuedOn,
          expires_on: d.expiresOn,
          notes: sealNotes(deps.cipher, id, d.notes),
        });
      }
      for (const e of plan.entitlements) {
        const id = newId();
        rows.support_entitlements.push({
          ...common,
          id,
          provider_id: e.providerId,
          kind: e.kind,
          amount_minor: e.amountMinor,
          currency: e.currency,
          period: e.period,
          starts_on: e.startsOn,
          ends_on: e.endsOn,
          basis: e.basis,
          status: e.status,
        });
        for (const paidOn of e.paidOn) {
          rows.support_payments.push({
            ...common,
            id: newId(),
            entitlement_id: id,
            paid_on: paidOn,
            amount_minor: e.amountMinor ?? 0,
            currency: e.currency,
          });
        }
      }
      done += 1;
      if (pending() >= ROWS_PER_TRANSACTION) await write();
      if (done % 10_000 === 0)
        log(`  casework of ${done.toLocaleString('en')} of ${clients.length.toLocaleString('en')} clients written`);
    }
    await write();
    // The rows went in beside the store's insert functions: derive the covered stretches and the
    // receipts per month as they would.
    await deps.db.transaction().execute(async (t) => {
      await rebuildCoverage(t);
      await rebuildAllReceipts(t);
    });
    const seconds = (performance.now() - started) / 1000;
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const manifest: CaseworkManifest = {
      version: CASEWORK_VERSION,
      params,
      on: CASEWORK_ON,
      seconds: Math.round(seconds * 10) / 10,
      rows: counts,
      rowsPerSecond: Math.round(total / seconds),
      fileBytes: await databaseBytes(dir),
    };
    log(
      `  ${total.toLocaleString('en')} rows in ${tx} transactions, ${manifest.rowsPerSecond.toLocaleString('en')} rows/s`,
    );
    await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await store.close();
  }
}
