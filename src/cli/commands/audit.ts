import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { checkpointFromJson, checkpointToJson, type SignedCheckpoint } from '../../security/audit-checkpoint.js';
import { writeFileDurably } from '../../security/keyfile.js';
import { takeCheckpoint } from '../../services/audit/take-checkpoint.js';
import { verifyAuditLog, type AuditVerification } from '../../services/audit/verify-audit-log.js';
import { unlock } from '../unlock.js';

/** Exit status when the log was read and found altered (1 stays for "could not check"). */
const TAMPERED_EXIT_CODE = 2;

export function auditCommand(program: Command): void {
  const audit = program.command('audit').description('prove the audit log whole, and sign checkpoints of it');

  audit
    .command('verify')
    .description(
      `recompute every entry, the Merkle tree and the signed checkpoints; exit ${TAMPERED_EXIT_CODE} naming the first entry changed, removed or reordered`,
    )
    .option('--checkpoint <file>', 'a checkpoint exported earlier: also prove it is a prefix of the log')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { checkpoint?: string; json?: boolean }) => {
      const exported = opts.checkpoint ? await readCheckpointFile(opts.checkpoint) : undefined;
      const safehold = await unlock(loadConfig());
      try {
        const result = await verifyAuditLog(safehold.deps, { checkpoint: exported });
        console.log(opts.json ? JSON.stringify(result, null, 2) : describe(result, exported));
        if (!result.ok) process.exitCode = TAMPERED_EXIT_CODE;
      } finally {
        await safehold.store.close();
      }
    });

  audit
    .command('checkpoint')
    .description('sign a checkpoint of the audit log now and print it as JSON, to keep away from this installation')
    .option('--out <file>', 'also write it to this file')
    .action(async (opts: { out?: string }) => {
      const safehold = await unlock(loadConfig());
      try {
        const outcome = await takeCheckpoint(safehold.deps, null);
        if (!outcome.ok) {
          console.error(`The audit log does NOT verify, so no checkpoint was signed: ${outcome.finding.message}`);
          process.exitCode = TAMPERED_EXIT_CODE;
          return;
        }
        const text = `${JSON.stringify(checkpointToJson(outcome.checkpoint), null, 2)}\n`;
        if (opts.out) await writeFileDurably(opts.out, text, 0o644);
        process.stdout.write(text);
      } finally {
        await safehold.store.close();
      }
    });
}

async function readCheckpointFile(path: string): Promise<SignedCheckpoint> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path} cannot be read as a JSON checkpoint: ${(err as Error).message}`);
  }
  try {
    return checkpointFromJson(value);
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
}

function describe(r: AuditVerification, exported: SignedCheckpoint | undefined): string {
  if (!r.ok && r.finding) {
    const where = r.finding.seq === null ? '' : `\nFirst entry concerned: ${r.finding.seq}`;
    return `The audit log does NOT verify: ${r.finding.message}.${where}\nEntries verified before it: ${r.entriesChecked}`;
  }
  const lines = [
    `The audit log is whole: ${r.entriesChecked} entries checked.`,
    `Merkle root (RFC 9162): ${r.rootHash}`,
    `Chain head: ${r.chainHash}`,
    `Signed checkpoints matched: ${r.checkpointsChecked}`,
  ];
  if (exported && r.consistency) {
    lines.push(
      `The exported checkpoint of ${exported.treeSize} entries signed at ${exported.signedAt} is a prefix of the log ` +
        `(consistency proof of ${r.consistency.proof.length} hashes to ${r.consistency.toSize} entries).`,
    );
  }
  return lines.join('\n');
}
