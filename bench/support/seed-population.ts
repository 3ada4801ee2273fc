import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { openSafehold } from '../../src/app/open-safehold.js';
import { loadConfig } from '../../src/config.js';
import { canTransition, caseCode, caseSummary, noteBody, type CaseStatus } from '../../src/domain/case.js';
import { deriveInitials, identity as identitySchema, location as locationSchema } from '../../src/domain/person.js';
import { appendAudit } from '../../src/security/audit-log.js';
import { initDataDir } from '../../src/security/data-dir.js';
import type { Deps } from '../../src/services/deps.js';
import { sealIdentity, sealLocation } from '../../src/services/people/protected-fields.js';
import { insertNote } from '../../src/store/case-notes.js';
import { addAssignment, insertCase, linkPerson, updateCase } from '../../src/store/cases.js';
import type { Db } from '../../src/store/engine.js';
import { insertIdentity, insertPerson } from '../../src/store/people.js';
import { addTeamMember, insertTeam } from '../../src/store/users.js';
import { noteLanguage, noteText } from '../generate/notes.js';
import {
  EVENT_KINDS,
  fictionalClient,
  fictionalId,
  isoDay,
  planTimeline,
  type Timeline,
} from '../generate/population.js';
import { Random } from '../generate/random.js';
import {
  BENCH_CASEWORKER,
  BENCH_LAWYER,
  BENCH_PASSPHRASE,
  BENCH_TEAM,
  createBenchUser,
  dataDirFor,
  databaseBytes,
  GENERATOR_VERSION,
  MANIFEST_FILE,
  readManifest,
  type PopulationParams,
  type SeedManifest,
} from './bench-data.js';

/** Events per transaction: large batches, so synchronous=FULL costs one fsync per batch. */
const BATCH = 10_000;

interface Practice {
  deps: Deps;
  teamId: string;
  lawyerId: string;
  caseworkerId: string;
  clients: Random;
  notes: Random;
  caseIds: string[];
  /** Whether the caseworker is assigned to case i as well as the lawyer. */
  withCaseworker: boolean[];
  codes: Set<string>;
}

/** The seeded directory for these parameters: reused when complete, seeded otherwise. */
export async function ensureSeeded(
  params: PopulationParams,
  log: (line: string) => void,
): Promise<{ manifest: SeedManifest; reused: boolean }> {
  const existing = await readManifest(params);
  if (existing) return { manifest: existing, reused: true };
  log(`Seeding ${params.clients.toLocaleString('en')} clients and ${params.notes.toLocaleString('en')} notes…`);
  return { manifest: await seedPopulation(params, log), reused: false };
}

/**
 * Seed a fresh data directory with a fictional practice: a lawyer and a caseworker in one
 * team, N clients each with a case, and M notes on those cases. Every row is what the use
 * cases write — same layout, same field encryption, same audit entries — but written in large
 * transactions, in the order in which the practice would have written them.
 */
async function seedPopulation(params: PopulationParams, log: (line: string) => void): Promise<SeedManifest> {
  const dataDir = dataDirFor(params);
  await rm(dataDir, { recursive: true, force: true });
  const dataKey = await initDataDir(dataDir, BENCH_PASSPHRASE, 'interactive');
  const { store, deps } = await openSafehold(loadConfig({ SAFEHOLD_DATA_DIR: dataDir }), dataKey);
  try {
    // A larger page cache for this loading connection only; the file is the same either way.
    await sql`pragma cache_size = -262144`.execute(store.db);
    const practice = await openPractice(deps, params.seed);
    const started = performance.now();
    const spent = await writeTimeline(practice, planTimeline(params.seed, params.clients, params.notes), log);
    const seconds = (performance.now() - started) / 1000;
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    const tables = await sql<{ name: string; bytes: number }>`
      select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc`.execute(store.db);
    const manifest: SeedManifest = {
      generator: GENERATOR_VERSION,
      params,
      seededAt: new Date().toISOString(),
      seconds: Math.round(seconds * 10) / 10,
      // A client's registration is its case opening and its later status step.
      clientsPerSecond: Math.round(params.clients / ((spent.open + spent.status) / 1000)),
      notesPerSecond: Math.round(params.notes / (spent.note / 1000)),
      fileBytes: await databaseBytes(dataDir),
      tableBytes: Object.fromEntries(tables.rows.map((r) => [r.name, r.bytes])),
    };
    await writeFile(join(dataDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await store.close();
  }
}

/**
 * Write the events in transactions of BATCH events. Returns the milliseconds spent on each
 * kind of event, each batch's begin and commit shared among the kinds by their share of its work.
 */
async function writeTimeline(
  p: Practice,
  timeline: Timeline,
  log: (line: string) => void,
): Promise<Record<(typeof EVENT_KINDS)[number], number>> {
  const spent = { open: 0, status: 0, note: 0 };
  const total = timeline.kind.length;
  for (let done = 0; done < total;) {
    const end = Math.min(done + BATCH, total);
    const work = { open: 0, status: 0, note: 0 };
    const batchStarted = performance.now();
    await p.deps.db.transaction().execute(async (tx) => {
      for (let e = done; e < end; e += 1) {
        const kind = EVENT_KINDS[timeline.kind[e]!]!;
        const caseIndex = timeline.caseIndex[e]!;
        const at = new Date(Math.floor(timeline.at[e]!));
        const t0 = performance.now();
        if (kind === 'open') await openCase(tx, p, caseIndex, at);
        else if (kind === 'status') await changeStatus(tx, p, caseIndex, timeline.laterStatus[caseIndex]!, at);
        else await writeNote(tx, p, caseIndex, at);
        work[kind] += performance.now() - t0;
      }
    });
    const batchMs = performance.now() - batchStarted;
    const workMs = work.open + work.status + work.note;
    for (const k of EVENT_KINDS) spent[k] += workMs > 0 ? (work[k] / workMs) * batchMs : 0;
    if (Math.floor((done * 20) / total) !== Math.floor((end * 20) / total)) {
      log(`  ${end.toLocaleString('en')} of ${total.toLocaleString('en')} events written`);
    }
    done = end;
  }
  return spent;
}

async function openPractice(deps: Deps, seed: number): Promise<Practice> {
  const lawyer = await createBenchUser(deps, BENCH_LAWYER, 'lawyer');
  const caseworker = await createBenchUser(deps, BENCH_CASEWORKER, 'caseworker');
  const rng = new Random(seed, 'practice');
  const team = await insertTeam(deps.db, {
    id: fictionalId(rng),
    name: BENCH_TEAM,
    created_at: deps.now().toISOString(),
  });
  await addTeamMember(deps.db, team.id, lawyer.id);
  await addTeamMember(deps.db, team.id, caseworker.id);
  return {
    deps,
    teamId: team.id,
    lawyerId: lawyer.id,
    caseworkerId: caseworker.id,
    clients: new Random(seed, 'clients'),
    notes: new Random(seed, 'notes'),
    caseIds: [],
    withCaseworker: [],
    codes: new Set(),
  };
}

/** What createCase writes for a new client, opened by the lawyer. */
async function openCase(tx: Db, p: Practice, index: number, now: Date): Promise<void> {
  const rng = p.clients;
  const client = fictionalClient(rng);
  const identity = identitySchema.parse(client.identity);
  const location = client.location ? locationSchema.parse(client.location) : null;
  const at = now.toISOString();
  const personId = fictionalId(rng);
  await insertPerson(tx, {
    id: personId,
    kind: 'client',
    label: deriveInitials(identity),
    organization_id: null,
    role_title: null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await insertIdentity(tx, {
    person_id: personId,
    identity: sealIdentity(p.deps.cipher, personId, identity),
    location: location ? sealLocation(p.deps.cipher, personId, location) : null,
    updated_at: at,
  });
  const caseId = fictionalId(rng);
  const summary = caseSummary.parse(noteText(rng, noteLanguage(rng), 10, 40));
  let code = caseCode(rng.bytes(8));
  while (p.codes.has(code)) code = caseCode(rng.bytes(8));
  p.codes.add(code);
  await insertCase(tx, {
    id: caseId,
    code,
    client_id: personId,
    team_id: p.teamId,
    status: 'intake',
    opened_on: isoDay(now.getTime()),
    closed_on: null,
    summary: p.deps.cipher.encrypt('cases', 'summary', caseId, summary),
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await linkPerson(tx, {
    case_id: caseId,
    person_id: personId,
    relation: 'client',
    relationship: null,
    created_at: at,
  });
  await addAssignment(tx, caseId, p.lawyerId, at);
  const withCaseworker = rng.chance(0.35);
  if (withCaseworker) await addAssignment(tx, caseId, p.caseworkerId, at);
  p.caseIds[index] = caseId;
  p.withCaseworker[index] = withCaseworker;
  await appendAudit(
    tx,
    {
      actorId: p.lawyerId,
      action: 'case.create',
      outcome: 'ok',
      targetType: 'case',
      targetId: caseId,
      caseId,
      details: { clientId: personId, newClient: true },
    },
    now,
  );
}

/** What updateCase writes for one status step taken by the lawyer. */
async function changeStatus(tx: Db, p: Practice, index: number, status: CaseStatus, now: Date): Promise<void> {
  const caseId = p.caseIds[index]!;
  if (!canTransition('intake', status)) throw new Error(`a seeded case cannot go from intake to ${status}`);
  const updated = await updateCase(tx, caseId, 1, {
    status,
    closed_on: status === 'closed' ? isoDay(now.getTime()) : null,
    updated_at: now.toISOString(),
  });
  if (!updated) throw new Error(`seeded case ${caseId} was not at version 1`);
  await appendAudit(
    tx,
    {
      actorId: p.lawyerId,
      action: 'case.update',
      outcome: 'ok',
      targetType: 'case',
      targetId: caseId,
      caseId,
      details: { fields: ['status'], status },
    },
    now,
  );
}

/** What addNote writes, by one of the case's assigned staff. */
async function writeNote(tx: Db, p: Practice, index: number, now: Date): Promise<void> {
  const rng = p.notes;
  const caseId = p.caseIds[index]!;
  const authorId = p.withCaseworker[index] && rng.chance(0.5) ? p.caseworkerId : p.lawyerId;
  const id = uuidv7({ msecs: now.getTime(), random: rng.bytes(16) });
  const body = noteBody.parse(noteText(rng, noteLanguage(rng)));
  const at = now.toISOString();
  await insertNote(tx, {
    id,
    case_id: caseId,
    author_id: authorId,
    body: p.deps.cipher.encrypt('case_notes', 'body', id, body),
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await appendAudit(
    tx,
    { actorId: authorId, action: 'note.create', outcome: 'ok', targetType: 'note', targetId: id, caseId },
    now,
  );
}
