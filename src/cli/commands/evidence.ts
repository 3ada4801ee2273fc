import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { verifyAllEvidence, type VaultVerification } from '../../services/evidence/verify-all-evidence.js';
import { unlock } from '../unlock.js';

/** Exit status when a stored file is missing, damaged or unrecorded (1 stays for "could not check"). */
export const EVIDENCE_PROBLEM_EXIT_CODE = 2;

export function evidenceCommand(program: Command): void {
  const evidence = program.command('evidence').description('the evidence vault: prove every stored file unchanged');

  evidence
    .command('verify')
    .description(
      `re-hash every stored file against the SHA-256 taken at its intake, and find files no record names; exit ${EVIDENCE_PROBLEM_EXIT_CODE} on any problem`,
    )
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const safehold = await unlock(loadConfig());
      try {
        const result = await verifyAllEvidence(safehold.deps);
        console.log(opts.json ? JSON.stringify(result, null, 2) : describe(result));
        if (result.problems.length > 0 || result.orphans.length > 0) process.exitCode = EVIDENCE_PROBLEM_EXIT_CODE;
      } finally {
        await safehold.store.close();
      }
    });
}

function describe(r: VaultVerification): string {
  const lines = [`Evidence files checked: ${r.checked}; intact: ${r.intact}.`];
  for (const p of r.problems) lines.push(`${p.status.toUpperCase()}: evidence ${p.evidenceId}: ${p.detail}`);
  for (const fileId of r.orphans) lines.push(`ORPHAN: vault file ${fileId} is named by no evidence record`);
  lines.push(
    r.problems.length === 0 && r.orphans.length === 0
      ? 'Every stored file is the one taken in.'
      : `The vault does NOT verify: ${r.problems.length} damaged or missing, ${r.orphans.length} unrecorded.`,
  );
  return lines.join('\n');
}
