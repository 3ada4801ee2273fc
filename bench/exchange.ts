import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { stringify } from 'csv-stringify/sync';
import { openSafehold } from '../src/app/open-safehold.js';
import { loadConfig } from '../src/config.js';
import { exportRecords } from '../src/services/exchange/export-records.js';
import { importRecords } from '../src/services/exchange/import-records.js';
import { createUser } from '../src/services/users/create-user.js';
import type { Actor } from '../src/security/roles.js';
import { randomBytes } from '../src/security/sodium.js';
import { deriveSubkey } from '../src/security/subkeys.js';
import { addTeamMember, insertTeam } from '../src/store/users.js';
import { numberFlags } from './support/flags.js';
import { int, table, writeResults } from './support/report.js';

/**
 * Import and export throughput, in rows per second, on the embedded engine (SQLCipher):
 *
 * - import: a CSV of new clients with their cases through importRecords (every row checked, then
 *   written as the use case writes it: identity encrypted, case, link, assignment, audit entry,
 *   in one transaction), against the raw engine inserting the same rows (prepared statements in
 *   one transaction; the identity as plain JSON, no checks, no audit);
 * - export: the people of those cases as CSV through exportRecords (policy, audit entry, pages
 *   read as the stream is consumed), against the raw engine running one SELECT of the same
 *   columns and writing it with csv-stringify.
 */
const flags = numberFlags({ rows: 10_000, rounds: 3 });

function casesCsv(n: number, round: number): string {
  const lines = ['full_name,given_name,family_name,birth_date,nationality,team,opened_on'];
  for (let i = 1; i <= n; i++) {
    lines.push(`Benchclient R${round}N${i},Benchclient,R${round}N${i},1980-01-01,IQ,Bench team,2024-01-01`);
  }
  return `${lines.join('\n')}\n`;
}

const dataDir = await mkdtemp(join(tmpdir(), 'safehold-bench-exchange-'));
const dataKey = randomBytes(32);
const config = loadConfig({ SAFEHOLD_DATA_DIR: dataDir });
const safehold = await openSafehold(config, dataKey);
const raw = new Database(join(dataDir, 'safehold.db'));
raw.pragma(`cipher='sqlcipher'`);
raw.pragma('legacy=4');
raw.pragma(`key="x'${deriveSubkey(dataKey, 'sqlcipher').toString('hex')}'"`);
raw.pragma('synchronous=FULL');

try {
  const user = await createUser(safehold.deps, null, {
    username: 'bench-lawyer',
    displayName: 'Bench lawyer',
    role: 'lawyer',
    password: 'a bench password never used',
  });
  const team = await insertTeam(safehold.deps.db, {
    id: randomUUID(),
    name: 'Bench team',
    created_at: new Date().toISOString(),
  });
  await addTeamMember(safehold.deps.db, team.id, user.id);
  const actor: Actor = { userId: user.id, role: 'lawyer', teamIds: [team.id], authenticatedAt: new Date() };

  const insertRaw = raw.transaction((n: number, round: number) => {
    const at = new Date().toISOString();
    const person = raw.prepare(
      'insert into people (id, kind, label, organization_id, role_title, version, created_at, updated_at) values (?, ?, ?, null, null, 1, ?, ?)',
    );
    const identity = raw.prepare(
      'insert into person_identities (person_id, identity, location, updated_at) values (?, ?, null, ?)',
    );
    const kase = raw.prepare(
      "insert into cases (id, code, client_id, team_id, status, opened_on, closed_on, summary, version, created_at, updated_at) values (?, ?, ?, ?, 'intake', '2024-01-01', null, null, 1, ?, ?)",
    );
    const link = raw.prepare(
      "insert into case_people (case_id, person_id, relation, relationship, created_at) values (?, ?, 'client', null, ?)",
    );
    const assign = raw.prepare('insert into case_assignments (case_id, user_id, assigned_at) values (?, ?, ?)');
    for (let i = 1; i <= n; i++) {
      const personId = randomUUID();
      const caseId = randomUUID();
      const names = [
        { script: 'latin', given: 'Benchclient', family: `Raw${round}N${i}`, full: `Benchclient Raw${round}N${i}` },
      ];
      person.run(personId, 'client', 'B. R.', at, at);
      identity.run(personId, Buffer.from(JSON.stringify({ names, birthDate: '1980-01-01', nationality: 'IQ' })), at);
      kase.run(caseId, `R-${round}-${i}`, personId, team.id, at, at);
      link.run(caseId, personId, at);
      assign.run(caseId, user.id, at);
    }
  });
  const peopleQuery = raw.prepare<[string, string], unknown[]>(
    `select p.id, p.kind, p.label, c.code from people p
     join case_people cp on cp.person_id = p.id join cases c on c.id = cp.case_id
     where c.id in (select case_id from case_assignments where user_id = ?) or c.team_id = ? order by p.id`,
  );

  const results: {
    round: number;
    importRaw: number;
    importSafehold: number;
    exportRaw: number;
    exportSafehold: number;
    exportRows: number;
  }[] = [];
  for (let round = 1; round <= flags.rounds; round++) {
    const csv = casesCsv(flags.rows, round);
    let t0 = performance.now();
    insertRaw(flags.rows, round);
    const importRaw = flags.rows / ((performance.now() - t0) / 1000);
    t0 = performance.now();
    const report = await importRecords(safehold.deps, actor, { kind: 'cases', dryRun: false, source: () => [csv] });
    const importSafehold = report.written / ((performance.now() - t0) / 1000);
    if (report.written !== flags.rows)
      throw new Error(`the import wrote ${report.written} rows: ${JSON.stringify(report.problems[0])}`);

    t0 = performance.now();
    const rows = peopleQuery.raw().all(user.id, team.id);
    const text = stringify(rows, { escape_formulas: true });
    const exportRaw = rows.length / ((performance.now() - t0) / 1000);
    t0 = performance.now();
    const out = await exportRecords(safehold.deps, actor, { dataset: 'people', format: 'csv', purpose: 'internal' });
    let bytes = 0;
    for await (const chunk of out.body) bytes += (chunk as Buffer).length;
    const exportSafehold = rows.length / ((performance.now() - t0) / 1000);
    if (bytes < text.length / 2) throw new Error('the export wrote far less than the raw query');
    results.push({ round, importRaw, importSafehold, exportRaw, exportSafehold, exportRows: rows.length });
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const summary = {
    rowsPerImport: flags.rows,
    rounds: flags.rounds,
    importRowsPerSecond: {
      raw: median(results.map((r) => r.importRaw)),
      safehold: median(results.map((r) => r.importSafehold)),
    },
    exportRowsPerSecond: {
      raw: median(results.map((r) => r.exportRaw)),
      safehold: median(results.map((r) => r.exportSafehold)),
    },
    perRound: results,
  };
  console.log(
    table(
      ['round', 'import raw rows/s', 'import rows/s', 'export rows', 'export raw rows/s', 'export rows/s'],
      results.map((r) => [
        String(r.round),
        int(r.importRaw),
        int(r.importSafehold),
        int(r.exportRows),
        int(r.exportRaw),
        int(r.exportSafehold),
      ]),
    ),
  );
  console.log(
    `\nmedian: import ${int(summary.importRowsPerSecond.safehold)} rows/s (raw ${(summary.importRowsPerSecond.raw / summary.importRowsPerSecond.safehold).toFixed(1)}× faster); ` +
      `export ${int(summary.exportRowsPerSecond.safehold)} rows/s (raw ${(summary.exportRowsPerSecond.raw / summary.exportRowsPerSecond.safehold).toFixed(1)}× faster)`,
  );
  await writeResults('bench/results/exchange.json', summary);
} finally {
  raw.close();
  await safehold.store.close();
  await rm(dataDir, { recursive: true, force: true });
}
