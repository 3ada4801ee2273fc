import { verifyVaultFile, type VerifyOutcome } from '../../files/verify.js';
import { appendAudit } from '../../security/audit-log.js';
import { SYSTEM_ACTOR_ID } from '../../security/roles.js';
import { evidencePage, isRecordedFile } from '../../store/evidence.js';
import type { Deps } from '../deps.js';
import { recordVerification } from './verify-evidence.js';

const PAGE = 200;

export interface EvidenceProblem {
  evidenceId: string;
  fileId: string;
  status: Exclude<VerifyOutcome['status'], 'intact'>;
  detail: string;
}

export interface VaultVerification {
  checked: number;
  intact: number;
  /** Records whose file is missing, does not decrypt, or is not the bytes taken in. */
  problems: EvidenceProblem[];
  /** Files in the vault that no record names. */
  orphans: string[];
}

/**
 * Re-read every stored original and copy against the SHA-256 recorded at its intake, and look
 * for vault files no record names. Each check joins the file's chain of custody (by the
 * installation, not a user); the whole run is one audit entry.
 */
export async function verifyAllEvidence(
  deps: Deps,
  onProgress: (checked: number) => void = () => undefined,
): Promise<VaultVerification> {
  const result: VaultVerification = { checked: 0, intact: 0, problems: [], orphans: [] };
  const recorded = new Set<string>();
  for (let after: string | null = null; ;) {
    const page = await evidencePage(deps.db, after, PAGE);
    if (page.length === 0) break;
    const outcomes: { evidenceId: string; outcome: VerifyOutcome }[] = [];
    for (const e of page) {
      recorded.add(e.file_id);
      const outcome = await verifyVaultFile(deps.evidence.vault, e.file_id, { sha256: e.sha256, size: e.size });
      outcomes.push({ evidenceId: e.id, outcome });
      if (outcome.status === 'intact') result.intact += 1;
      else
        result.problems.push({ evidenceId: e.id, fileId: e.file_id, status: outcome.status, detail: outcome.detail });
    }
    await deps.db.transaction().execute(async (tx) => {
      for (const { evidenceId, outcome } of outcomes) {
        await recordVerification(tx, evidenceId, outcome, SYSTEM_ACTOR_ID, deps.now());
      }
    });
    result.checked += page.length;
    onProgress(result.checked);
    after = page[page.length - 1]?.id ?? null;
  }
  // A file recorded while the check ran is not an orphan: ask the store again before saying so.
  for await (const fileId of deps.evidence.vault.ids()) {
    if (!recorded.has(fileId) && !(await isRecordedFile(deps.db, fileId))) result.orphans.push(fileId);
  }
  await deps.db.transaction().execute((tx) =>
    appendAudit(
      tx,
      {
        actorId: SYSTEM_ACTOR_ID,
        action: 'evidence.verify_all',
        outcome: result.problems.length === 0 && result.orphans.length === 0 ? 'ok' : 'failed',
        targetType: 'evidence',
        details: {
          checked: result.checked,
          intact: result.intact,
          problems: result.problems.map((p) => p.evidenceId),
          orphans: result.orphans,
        },
      },
      deps.now(),
    ),
  );
  return result;
}
