import { createHash } from 'node:crypto';
import { VaultFileError } from './errors.js';
import type { EvidenceVault } from './vault-store.js';

/** What intake recorded of a file, to check the stored file against. */
export interface IntakeRecord {
  sha256: string;
  size: number;
}

export type VerifyOutcome =
  | { fileId: string; status: 'intact' }
  /** The file is not in the vault. */
  | { fileId: string; status: 'missing'; detail: string }
  /** The file does not decrypt: altered, cut short, reordered, or another file put in its place. */
  | { fileId: string; status: 'damaged'; detail: string }
  /** The file decrypts, but its bytes are not those whose hash was recorded at intake. */
  | { fileId: string; status: 'hash-mismatch'; detail: string };

/**
 * Re-read a stored file through its authenticated decryption and recompute the SHA-256 of the
 * original bytes, streaming, against what intake recorded.
 */
export async function verifyVaultFile(
  vault: EvidenceVault,
  fileId: string,
  record: IntakeRecord,
): Promise<VerifyOutcome> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of vault.chunks(fileId)) {
      hash.update(chunk);
      size += chunk.length;
    }
  } catch (err) {
    if (!(err instanceof VaultFileError)) throw err;
    return { fileId, status: err.problem === 'missing' ? 'missing' : 'damaged', detail: err.message };
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== record.sha256.toLowerCase() || size !== record.size) {
    return {
      fileId,
      status: 'hash-mismatch',
      detail: `the stored bytes (${size} bytes, SHA-256 ${sha256}) are not those recorded at intake (${record.size} bytes, SHA-256 ${record.sha256})`,
    };
  }
  return { fileId, status: 'intact' };
}
