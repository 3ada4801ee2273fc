import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { dateSpan, type FuzzyDate } from '../../src/domain/fuzzy-date.js';
import { appendAudit } from '../../src/security/audit-log.js';
import type { Actor } from '../../src/security/roles.js';
import type { Deps } from '../../src/services/deps.js';
import { reindexIncident } from '../../src/services/incidents/incident-index.js';
import { orderedId } from '../../src/services/incidents/ordered-id.js';
import { indexExistingNotes } from '../../src/services/search/index-existing-notes.js';
import type { UseCaseContext } from '../../src/services/use-case.js';
import { addAssignment } from '../../src/store/cases.js';
import type { Db } from '../../src/store/engine.js';
import { insertAct, insertIncident, insertSource, linkIncidentCase } from '../../src/store/incidents.js';
import { insertOrganization } from '../../src/store/organizations.js';
import { findUserByUsername } from '../../src/store/users.js';
import { noteText } from '../generate/notes.js';
import { TIMELINE_END, TIMELINE_START } from '../generate/population.js';
import { Random } from '../generate/random.js';
import {
  BENCH_CASEWORKER,
  BENCH_DATA_ROOT,
  BENCH_LAWYER,
  createBenchUser,
  databaseBytes,
  dataDirFor,
  openBenchSafehold,
  type PopulationParams,
} from './bench-data.js';

/** Bump when the corpus changes, so old directories are built again. */
const CORPUS_VERSION = 1;
const MANIFEST = 'search-manifest.json';
/** Incidents per transaction. */
const BATCH = 2000;
/** Cases the narrow user is assigned to: fewer than a search names one by one. */
export const NARROW_CASES = 40;

export interface CorpusParams extends PopulationParams {
  incidents: number;
}

export const NARROW_LAWYER = {
  username: 'bench-search-narrow',
  displayName: 'Lawyer of a few cases',
  password: 'a few cases only 2025 fictional',
};

/** Fictional words that appear in a handful of incidents each: the rare terms searched for. */
export const RARE_WORDS = Array.from({ length: 200 }, (_, i) => `qorvat${i.toString(36)}`);

/** The HURIDOCS terms the generated acts are classified with. */
export const ACT_TYPES = [
  '02010301010004', // threats against the victim
  '02010301020004', // threats against the victim's family
  '02010303000004', // surveillance
  '03010200000004', // detention
  '03010100000004', // arrest
  '14010101000004', // slander
  '13010400000004', // extortion
  '05010600000004', // restriction on travel
  '33010400000004', // denial of the right to family reunion
  '33010100000004', // expulsion; deportation
] as const;
const RIGHTS = [
  '01430000000003',
  '01210000000003',
  '01140000000003',
  '01150000000003',
  '01080000000003',
  '01280000000003',
];
/** The perpetrators of the generated acts, most often the organization the clients left. */
const ORGANIZATIONS = [
  { kind: 'former_organization', name: 'Fictional Closed Movement', perpetratorType: '11020000000024' },
  { kind: 'police', name: 'Fictional Border Police', perpetratorType: '01010400000024' },
  { kind: 'government_office', name: 'Fictional Residence Office', perpetratorType: '01010200000024' },
] as const;
const PERPETRATOR_WEIGHTS = { 0: 60, 1: 25, 2: 10 } as const;

export interface CorpusManifest {
  version: number;
  params: CorpusParams;
  builtAt: string;
  noteIndexSeconds: number;
  incidentSeconds: number;
  documents: number;
  narrowUserId: string;
  organizationIds: string[];
  fileBytes: number;
  tableBytes: Record<string, number>;
}

export function corpusDirFor(p: CorpusParams): string {
  return join(BENCH_DATA_ROOT, `search-${p.clients}-${p.notes}-${p.incidents}-seed${p.seed}`);
}

async function readCorpusManifest(p: CorpusParams): Promise<CorpusManifest | null> {
  try {
    const m = JSON.parse(await readFile(join(corpusDirFor(p), MANIFEST), 'utf8')) as CorpusManifest;
    return m.version === CORPUS_VERSION && JSON.stringify(m.params) === JSON.stringify(p) ? m : null;
  } catch {
    return null;
  }
}

/**
 * The search corpus: a copy of the seeded practice (its notes), its notes put in the index
 * through indexExistingNotes, and `incidents` incidents with their acts and testimonies written
 * through the store and indexed through reindexIncident — as the use cases write them, in
 * transactions of BATCH incidents. Reused while its manifest matches.
 */
export async function ensureCorpus(p: CorpusParams, log: (line: string) => void): Promise<CorpusManifest> {
  const existing = await readCorpusManifest(p);
  if (existing) return existing;
  const dir = corpusDirFor(p);
  await rm(dir, { recursive: true, force: true });
  log(`Copying the seeded practice to ${dir}…`);
  await cp(dataDirFor(p), dir, { recursive: true });
  const { store, deps } = await openBenchSafehold(dir);
  try {
    await sql`pragma cache_size = -262144`.execute(store.db);
    const started = performance.now();
    await indexExistingNotes(deps, {
      onProgress: (n) => {
        if (n % 100_000 < 5000) log(`  ${n.toLocaleString('en')} notes indexed`);
      },
    });
    const noteIndexSeconds = (performance.now() - started) / 1000;
    const lawyer = await findUserByUsername(deps.db, BENCH_LAWYER.username);
    if (!lawyer) throw new Error('the seeded practice has no benchmark lawyer');
    const narrow = await createBenchUser(deps, NARROW_LAWYER, 'lawyer');
    const caseIds = (await store.db.selectFrom('cases').select(['id', 'client_id']).orderBy('id').execute()).map(
      (c) => ({ id: c.id, clientId: c.client_id }),
    );
    const organizationIds = await addOrganizations(deps);
    const incidentsStarted = performance.now();
    await writeIncidents(deps, p, caseIds, organizationIds, lawyer.id, log);
    const incidentSeconds = (performance.now() - incidentsStarted) / 1000;
    const rng = new Random(p.seed, 'search/narrow');
    const at = deps.now().toISOString();
    for (let i = 0; i < NARROW_CASES; i += 1) await addAssignment(deps.db, rng.pick(caseIds).id, narrow.id, at);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    const tables = await sql<{ name: string; bytes: number }>`
      select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc`.execute(store.db);
    const documents = await store.db
      .selectFrom('search_documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const manifest: CorpusManifest = {
      version: CORPUS_VERSION,
      params: p,
      builtAt: new Date().toISOString(),
      noteIndexSeconds: Math.round(noteIndexSeconds * 10) / 10,
      incidentSeconds: Math.round(incidentSeconds * 10) / 10,
      documents: documents.n,
      narrowUserId: narrow.id,
      organizationIds,
      fileBytes: await databaseBytes(dir),
      tableBytes: Object.fromEntries(tables.rows.map((r) => [r.name, r.bytes])),
    };
    await writeFile(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await store.close();
  }
}

async function addOrganizations(deps: Deps): Promise<string[]> {
  const at = deps.now().toISOString();
  const ids: string[] = [];
  for (const o of ORGANIZATIONS) {
    const row = await insertOrganization(deps.db, {
      id: crypto.randomUUID(),
      kind: o.kind,
      name: o.name,
      acronym: null,
      country: 'AL',
      notes: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    ids.push(row.id);
  }
  return ids;
}

function fuzzyDay(rng: Random): FuzzyDate {
  const day = new Date(TIMELINE_START + rng.next() * (TIMELINE_END - TIMELINE_START)).toISOString().slice(0, 10);
  const precision = rng.weighted({ exact: 3, month: 4, year: 2, approximate: 1 });
  if (precision === 'month') return { value: day.slice(0, 7), precision };
  if (precision === 'year') return { value: day.slice(0, 4), precision };
  return { value: day, precision };
}

async function writeIncidents(
  deps: Deps,
  p: CorpusParams,
  cases: { id: string; clientId: string }[],
  organizationIds: string[],
  lawyerId: string,
  log: (line: string) => void,
): Promise<void> {
  const rng = new Random(p.seed, 'search/incidents');
  const actor: Actor = { userId: lawyerId, role: 'lawyer', teamIds: [], authenticatedAt: new Date() };
  for (let done = 0; done < p.incidents;) {
    const end = Math.min(done + BATCH, p.incidents);
    await deps.db.transaction().execute(async (tx) => {
      const now = deps.now();
      const ctx: UseCaseContext = {
        tx,
        actor,
        deps,
        now,
        audit: (entry) =>
          appendAudit(tx, { ...entry, actorId: lawyerId, outcome: entry.outcome ?? 'ok' }, now).then(() => undefined),
      };
      for (let i = done; i < end; i += 1) await writeIncident(ctx, tx, rng, cases, organizationIds);
    });
    if (Math.floor((done * 10) / p.incidents) !== Math.floor((end * 10) / p.incidents)) {
      log(`  ${end.toLocaleString('en')} of ${p.incidents.toLocaleString('en')} incidents written`);
    }
    done = end;
  }
}

/** One incident as createIncident writes it: the event, one or two acts, maybe a testimony. */
async function writeIncident(
  ctx: UseCaseContext,
  tx: Db,
  rng: Random,
  cases: { id: string; clientId: string }[],
  organizationIds: string[],
): Promise<void> {
  const { cipher } = ctx.deps;
  const kase = rng.pick(cases);
  const id = orderedId(ctx.now);
  const at = ctx.now.toISOString();
  const start = fuzzyDay(rng);
  const span = dateSpan(start);
  const language = rng.weighted({ en: 5, sq: 2, fa: 3 } as const);
  const rare = rng.chance(0.05) ? ` ${rng.pick(RARE_WORDS)}` : '';
  await insertIncident(tx, {
    id,
    title: cipher.encrypt('incidents', 'title', id, noteText(rng, language, 4, 9)),
    start_value: start.value,
    start_precision: start.precision,
    end_value: null,
    end_precision: null,
    occurred_from: span.from,
    occurred_to: span.to,
    country: 'AL',
    place: null,
    description: cipher.encrypt('incidents', 'description', id, `${noteText(rng, language, 30, 90)}${rare}`),
    created_by: ctx.actor.userId,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await linkIncidentCase(tx, id, kase.id);
  for (let a = rng.int(1, 2); a > 0; a -= 1) {
    const org = Number(rng.weighted(PERPETRATOR_WEIGHTS));
    const rights = [...new Set([rng.pick(RIGHTS), rng.pick(RIGHTS)])];
    await insertAct(
      tx,
      {
        id: orderedId(ctx.now),
        incident_id: id,
        act_type: rng.pick(ACT_TYPES),
        victim_person_id: kase.clientId,
        victim_organization_id: null,
        perpetrator_person_id: null,
        perpetrator_organization_id: organizationIds[org] ?? null,
        perpetrator_type: ORGANIZATIONS[org]?.perpetratorType ?? null,
        date_value: null,
        date_precision: null,
        recorded_by: ctx.actor.userId,
        created_at: at,
      },
      rights,
    );
  }
  if (rng.chance(0.3)) {
    const sourceId = orderedId(ctx.now);
    await insertSource(tx, {
      id: sourceId,
      incident_id: id,
      person_id: kase.clientId,
      organization_id: null,
      connection: '01010000000019',
      reliability: '02000000000042',
      received_on: span.to,
      language: 'fa',
      statement: cipher.encrypt('incident_sources', 'statement', sourceId, noteText(rng, 'fa', 40, 120)),
      recorded_by: ctx.actor.userId,
      created_at: at,
    });
  }
  await reindexIncident(ctx, id);
  await ctx.audit({ action: 'incident.create', targetType: 'incident', targetId: id, caseId: kase.id });
}

/** The users whose searches are measured: who sees everything, a part, or a few cases. */
export async function benchUsers(deps: Deps, manifest: CorpusManifest) {
  const actorOf = async (username: string): Promise<Actor> => {
    const user = await findUserByUsername(deps.db, username);
    if (!user) throw new Error(`no user ${username} in the corpus`);
    const teams = await deps.db.selectFrom('team_members').select('team_id').where('user_id', '=', user.id).execute();
    return { userId: user.id, role: user.role, teamIds: teams.map((t) => t.team_id), authenticatedAt: new Date() };
  };
  const lawyer = await actorOf(BENCH_LAWYER.username);
  const caseworker = await actorOf(BENCH_CASEWORKER.username);
  const narrow = await actorOf(NARROW_LAWYER.username);
  if (narrow.userId !== manifest.narrowUserId) throw new Error('the corpus manifest does not match its users');
  // The team of the practice holds every case: seen through it, all of them are visible. The
  // caseworker is measured on the cases assigned to them only (a third), the lawyer on all.
  return { all: lawyer, part: { ...caseworker, teamIds: [] }, few: narrow };
}
