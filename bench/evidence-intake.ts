import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { intakeFile } from '../src/files/intake.js';
import { syncDirectory } from '../src/files/sync-directory.js';
import { EvidenceVault } from '../src/files/vault-store.js';
import { verifyVaultFile } from '../src/files/verify.js';
import { numberFlags } from './support/flags.js';
import { median, relativeRange } from './support/measure.js';
import { table, writeResults } from './support/report.js';

// Evidence intake throughput: `npx tsx bench/evidence-intake.ts [--rounds 3] [--large-files 10]
// [--large-mb 50] [--small-files 1000] [--small-kb 100]`.
//
// The same source files (on disk, read through the page cache) are taken in, one after another,
// four ways:
//   copy          fs.copyFile to another directory: the raw floor, nothing synced to disk
//   durable copy  a stream pipe to a temporary file, fsync, rename, fsync of the directory:
//                 a plain copy with the vault's durability
//   intake        intakeFile: type check, SHA-256, encryption (secretstream, 64 KiB chunks),
//                 staging file, fsync, link, fsync of the directory
//   verify        verifyVaultFile: decrypt and SHA-256 of every stored file (read side)
// MB are 1,000,000 bytes. Each round runs the ways in a turning order; medians are reported.
const flags = numberFlags({ rounds: 3, 'large-files': 10, 'large-mb': 50, 'small-files': 1000, 'small-kb': 100 });
const MB = 1_000_000;

interface Workload {
  name: string;
  files: number;
  bytes: number;
  fileName: string;
  /** The start of each file, so the content check recognises it; the rest is random (incompressible). */
  header: Buffer;
}

const ftypMp4 = Buffer.from('00000018667479706973366d0000020069736f6d6d703431', 'hex');
const workloads: Workload[] = [
  {
    name: `${flags['large-files']} × ${flags['large-mb']} MB (video)`,
    files: flags['large-files'],
    bytes: flags['large-mb'] * MB,
    fileName: 'clip.mp4',
    header: ftypMp4,
  },
  {
    name: `${flags['small-files']} × ${flags['small-kb']} KB (documents)`,
    files: flags['small-files'],
    bytes: flags['small-kb'] * 1000,
    fileName: 'scan.pdf',
    header: Buffer.from('%PDF-1.7\n'),
  },
];

type Way = 'copy' | 'durable copy' | 'intake' | 'verify';
const WAYS: Way[] = ['copy', 'durable copy', 'intake', 'verify'];

async function durableCopy(from: string, to: string): Promise<void> {
  const tmp = `${to}.tmp`;
  await pipeline(createReadStream(from), createWriteStream(tmp, { mode: 0o600 }));
  const fh = await open(tmp, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, to);
  await syncDirectory(dirname(to));
}

/** A source file written a megabyte at a time, so that the peak memory is the benchmark's own. */
async function writeSource(path: string, w: Workload): Promise<string> {
  const fh = await open(path, 'w');
  try {
    await fh.write(w.header);
    for (let left = w.bytes - w.header.length; left > 0; left -= MB) await fh.write(randomBytes(Math.min(left, MB)));
  } finally {
    await fh.close();
  }
  return path;
}

const root = await mkdtemp(join(tmpdir(), 'safehold-bench-intake-'));
const peakRss = () => process.resourceUsage().maxRSS * 1024;
try {
  const results = [];
  for (const w of workloads) {
    const sources = join(root, 'sources');
    await rm(sources, { recursive: true, force: true });
    await mkdir(sources);
    const paths: string[] = [];
    for (let i = 0; i < w.files; i++) paths.push(await writeSource(join(sources, `${i}`), w));

    const seconds: Record<Way, number[]> = { copy: [], 'durable copy': [], intake: [], verify: [] };
    for (let round = 0; round < flags.rounds; round++) {
      const out = join(root, `round-${round}`);
      const vault = await EvidenceVault.open(join(out, 'data'), randomBytes(32));
      await mkdir(join(out, 'copy'));
      await mkdir(join(out, 'durable'));
      const stored: { fileId: string; sha256: string; size: number }[] = [];
      const run: Record<Way, () => Promise<void>> = {
        copy: async () => {
          for (const [i, p] of paths.entries()) await copyFile(p, join(out, 'copy', `${i}`));
        },
        'durable copy': async () => {
          for (const [i, p] of paths.entries()) await durableCopy(p, join(out, 'durable', `${i}`));
        },
        intake: async () => {
          for (const p of paths) stored.push(await intakeFile(vault, createReadStream(p), { fileName: w.fileName }));
        },
        verify: async () => {
          for (const s of stored) {
            const outcome = await verifyVaultFile(vault, s.fileId, s);
            if (outcome.status !== 'intact') throw new Error(`${s.fileId}: ${outcome.status}`);
          }
        },
      };
      // verify reads what intake stored, so it always follows it; the copies turn around them.
      const order: Way[][] = [['copy'], ['durable copy'], ['intake', 'verify']];
      for (let k = 0; k < round % order.length; k++) order.push(order.shift()!);
      for (const way of order.flat()) {
        const t0 = performance.now();
        await run[way]();
        seconds[way].push((performance.now() - t0) / 1000);
      }
      await rm(out, { recursive: true, force: true });
    }

    const total = w.files * w.bytes;
    const rate = (way: Way) => total / MB / median(seconds[way]);
    results.push({
      workload: w.name,
      files: w.files,
      bytesPerFile: w.bytes,
      ways: Object.fromEntries(
        WAYS.map((way) => [
          way,
          {
            mbPerSecond: rate(way),
            filesPerSecond: w.files / median(seconds[way]),
            secondsPerRound: seconds[way],
            spread: relativeRange(seconds[way]),
          },
        ]),
      ),
      intakeOverCopy: rate('copy') / rate('intake'),
      intakeOverDurableCopy: rate('durable copy') / rate('intake'),
    });
  }

  console.log(
    table(
      ['workload', 'way', 'MB/s', 'files/s', 'spread', 'time vs copy', 'time vs durable copy'],
      results.flatMap((r) =>
        WAYS.map((way) => {
          const m = r.ways[way]!;
          const copy = r.ways.copy!.mbPerSecond;
          const durable = r.ways['durable copy']!.mbPerSecond;
          return [
            way === 'copy' ? r.workload : '',
            way,
            m.mbPerSecond.toFixed(0),
            m.filesPerSecond.toFixed(0),
            `${(m.spread * 100).toFixed(0)}%`,
            `${(copy / m.mbPerSecond).toFixed(2)}×`,
            `${(durable / m.mbPerSecond).toFixed(2)}×`,
          ];
        }),
      ),
    ),
  );
  console.log(`peak RSS of the benchmark process: ${(peakRss() / 1024 / 1024).toFixed(0)} MiB`);

  const report = {
    benchmark: 'evidence-intake',
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    rounds: flags.rounds,
    mb: MB,
    peakRssBytes: peakRss(),
    results,
  };
  const file = join(import.meta.dirname, 'results', 'evidence-intake.json');
  await writeResults(file, report);
  console.log(`written to ${file}`);
} finally {
  await rm(root, { recursive: true, force: true });
}
