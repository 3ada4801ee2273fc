import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory } from '../files/sync-directory.js';
import { isFileId } from '../files/vault-format.js';
import type { AnyDb } from './catalog.js';
import { BackupRefusedError } from './errors.js';

/**
 * A full export carries the evidence vault after the tables, as one more section of the same
 * sealed stream: each file recorded in `evidence`, as stored (already encrypted under its own
 * key, which the data key of the export derives), in parts of PART_BYTES. Its name cannot be a
 * table's.
 */
export const VAULT_SECTION = '$vault';
export const VAULT_COLUMNS = ['file_id', 'part', 'bytes'];
const PART_BYTES = 48 * 1024;

/** Where a vault file lives under the vault root (as files/vault-store.ts keeps it). */
function vaultPath(root: string, fileId: string): string {
  if (!isFileId(fileId)) throw new BackupRefusedError('the backup names an evidence file with an impossible id');
  return join(root, fileId.slice(0, 2), fileId);
}

/** The parts of every vault file the snapshot records, in file id order. */
export async function* vaultRows(db: AnyDb, root: string): AsyncGenerator<Record<string, unknown>> {
  const files = await db.selectFrom('evidence').select('file_id').distinct().orderBy('file_id').execute();
  for (const { file_id: fileId } of files) {
    if (typeof fileId !== 'string') continue;
    let fh: FileHandle;
    try {
      fh = await open(vaultPath(root, fileId), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      throw new Error(`evidence file ${fileId} is missing from the vault: run "safehold evidence verify"`, {
        cause: err,
      });
    }
    try {
      for (let part = 0; ; part++) {
        const buf = Buffer.alloc(PART_BYTES);
        const { bytesRead } = await fh.read(buf, 0, PART_BYTES, part * PART_BYTES);
        if (bytesRead === 0 && part > 0) break;
        yield { file_id: fileId, part, bytes: buf.subarray(0, bytesRead) };
        if (bytesRead < PART_BYTES) break;
      }
    } finally {
      await fh.close();
    }
  }
}

/**
 * Writes the vault section of a backup back into files under the vault root, part by part; a
 * file is fsynced when the next one starts and at the end, and never replaces an existing one.
 */
export class VaultSink {
  readonly #root: string;
  #file: { id: string; fh: FileHandle; next: number; dir: string } | null = null;
  readonly #dirs = new Set<string>();
  files = 0;

  constructor(root: string) {
    this.#root = root;
  }

  async put(values: Record<string, unknown>): Promise<void> {
    const { file_id: fileId, part, bytes } = values;
    if (typeof fileId !== 'string' || typeof part !== 'number' || !Buffer.isBuffer(bytes)) {
      throw new BackupRefusedError('the evidence section of the backup is damaged');
    }
    if (this.#file?.id !== fileId) {
      await this.#close();
      if (part !== 0) throw new BackupRefusedError(`evidence file ${fileId} starts in the middle`);
      const path = vaultPath(this.#root, fileId);
      const dir = join(this.#root, fileId.slice(0, 2));
      await mkdir(dir, { recursive: true, mode: 0o700 });
      this.#file = { id: fileId, fh: await open(path, 'wx', 0o600), next: 0, dir };
      this.files += 1;
    }
    const file = this.#file;
    if (part !== file.next) throw new BackupRefusedError(`evidence file ${fileId} has a part out of order`);
    await file.fh.write(bytes);
    file.next += 1;
  }

  /** Close the last file and make every file and directory written durable. */
  async finish(): Promise<void> {
    await this.#close();
    for (const dir of this.#dirs) await syncDirectory(dir);
    if (this.#dirs.size > 0) await syncDirectory(this.#root);
  }

  async #close(): Promise<void> {
    const file = this.#file;
    if (!file) return;
    this.#file = null;
    await file.fh.sync();
    await file.fh.close();
    this.#dirs.add(file.dir);
  }
}
