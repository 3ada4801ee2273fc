import { randomUUID } from 'node:crypto';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { VaultFileError } from './errors.js';
import { syncDirectory } from './sync-directory.js';
import { decryptVaultFile } from './vault-reader.js';
import { VaultWriter } from './vault-writer.js';
import { fileKey, isFileId } from './vault-format.js';

export const VAULT_DIR = 'vault';
const STAGING_DIR = 'staging';
/** Staging files this old belong to an intake that died; no upload runs this long. */
const STALE_STAGING_MS = 24 * 60 * 60 * 1000;

/**
 * The evidence vault: encrypted files under <dataDir>/vault/<first two hex digits of the id>/<id>.
 * Nothing about a file but its random id is on disk in the clear: not its name, type or size
 * (beyond the length of the ciphertext). Each file has its own key, derived from the data key
 * and the file id.
 */
export class EvidenceVault {
  readonly root: string;
  readonly #dataKey: Buffer;

  private constructor(root: string, dataKey: Buffer) {
    this.root = root;
    this.#dataKey = dataKey;
  }

  /** Open (creating it, owner-only, if need be) the vault of a data directory. */
  static async open(dataDir: string, dataKey: Buffer, now = new Date()): Promise<EvidenceVault> {
    const root = join(dataDir, VAULT_DIR);
    const created = await mkdir(join(root, STAGING_DIR), { recursive: true, mode: 0o700 });
    if (created) {
      await syncDirectory(dirname(root));
      await syncDirectory(root);
    }
    const vault = new EvidenceVault(root, dataKey);
    await vault.#removeStaleStaging(now);
    return vault;
  }

  /** Start a new file under a new random id. */
  async createWriter(): Promise<VaultWriter> {
    const fileId = randomUUID();
    const staging = join(this.root, STAGING_DIR, `${fileId}.${randomUUID()}`);
    return VaultWriter.create(fileId, staging, this.#path(fileId), fileKey(this.#dataKey, fileId));
  }

  /** The original bytes of a stored file as a stream; it fails with VaultFileError on any damage. */
  read(fileId: string): Readable {
    return Readable.from(this.chunks(fileId), { objectMode: false });
  }

  /** The original bytes of a stored file, chunk by chunk (see decryptVaultFile). */
  chunks(fileId: string): AsyncGenerator<Buffer> {
    return decryptVaultFile(this.#path(fileId), fileId, fileKey(this.#dataKey, fileId));
  }

  /**
   * Remove a stored file, durably: for a file whose record was never committed (the
   * transaction that was to record it failed). Whether a file may go is the caller's decision.
   */
  async delete(fileId: string): Promise<void> {
    const path = this.#path(fileId);
    try {
      await unlink(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new VaultFileError(fileId, 'missing');
      throw err;
    }
    await syncDirectory(dirname(path));
  }

  /** Every file id in the vault, to compare with the ids on record. */
  async *ids(): AsyncGenerator<string> {
    for (const shard of (await readdir(this.root)).sort()) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of (await readdir(join(this.root, shard))).sort()) {
        if (isFileId(name) && name.startsWith(shard)) yield name;
      }
    }
  }

  #path(fileId: string): string {
    if (!isFileId(fileId)) throw new Error('a vault file id is a lower-case UUID');
    return join(this.root, fileId.slice(0, 2), fileId);
  }

  async #removeStaleStaging(now: Date): Promise<void> {
    const dir = join(this.root, STAGING_DIR);
    for (const name of await readdir(dir)) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => null);
      if (info && now.getTime() - info.mtimeMs > STALE_STAGING_MS) await unlink(path).catch(() => undefined);
    }
  }
}
