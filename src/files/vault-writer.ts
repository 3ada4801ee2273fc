import { link, mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StreamSealer } from '../backup/secret-stream.js';
import { syncDirectory } from './sync-directory.js';
import { decryptVaultFile } from './vault-reader.js';
import { CHUNK_BYTES, encodePrefix } from './vault-format.js';

/** Sealed chunks are gathered and written about 1 MiB at a time. */
const WRITE_BATCH_BYTES = 1024 * 1024;

async function writeAll(fh: FileHandle, data: Buffer): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await fh.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

/**
 * Encrypts one new file into the vault. The bytes go to a staging file; finish() seals the
 * last chunk and makes the staging file durable; commit() links it under its final name (never
 * replacing a file) and makes that durable: before commit() nothing is in the vault, once it
 * returns the file survives a crash. abort() removes the staging file.
 */
export class VaultWriter {
  readonly fileId: string;
  readonly #stagingPath: string;
  readonly #finalPath: string;
  readonly #key: Buffer;
  readonly #sealer: StreamSealer;
  readonly #chunk = Buffer.alloc(CHUNK_BYTES);
  #filled = 0;
  #fh: FileHandle | null;
  #sealed: Buffer[] = [];
  #sealedBytes = 0;
  #state: 'writing' | 'finished' | 'committed' | 'aborted' = 'writing';

  private constructor(fileId: string, stagingPath: string, finalPath: string, key: Buffer, fh: FileHandle) {
    this.fileId = fileId;
    this.#stagingPath = stagingPath;
    this.#finalPath = finalPath;
    this.#key = key;
    this.#fh = fh;
    const prefix = encodePrefix(fileId);
    this.#sealer = new StreamSealer(key, prefix);
    this.#sealed.push(prefix, this.#sealer.header);
    this.#sealedBytes = prefix.length + this.#sealer.header.length;
  }

  static async create(fileId: string, stagingPath: string, finalPath: string, key: Buffer): Promise<VaultWriter> {
    const fh = await open(stagingPath, 'wx', 0o600);
    return new VaultWriter(fileId, stagingPath, finalPath, key, fh);
  }

  async write(data: Uint8Array): Promise<void> {
    this.#expect('writing');
    let offset = 0;
    while (offset < data.length) {
      // A full chunk is sealed only once more bytes arrive: the last chunk must carry FINAL.
      if (this.#filled === CHUNK_BYTES) this.#seal(false);
      const n = Math.min(CHUNK_BYTES - this.#filled, data.length - offset);
      this.#chunk.set(data.subarray(offset, offset + n), this.#filled);
      this.#filled += n;
      offset += n;
    }
    if (this.#sealedBytes >= WRITE_BATCH_BYTES) await this.#flush();
  }

  /** Seal the last chunk, make the staging file read-only and durable. */
  async finish(): Promise<void> {
    this.#expect('writing');
    this.#seal(true);
    await this.#flush();
    const fh = this.#openHandle();
    await fh.chmod(0o400);
    await fh.sync();
    await fh.close();
    this.#fh = null;
    this.#state = 'finished';
  }

  /** The original bytes of the finished staging file, authenticated as they are read. */
  readStaged(): AsyncGenerator<Buffer> {
    this.#expect('finished');
    return decryptVaultFile(this.#stagingPath, this.fileId, this.#key);
  }

  /** Put the finished file in the vault under its id. When this returns, the file survives a crash. */
  async commit(): Promise<void> {
    this.#expect('finished');
    const shard = dirname(this.#finalPath);
    const created = await mkdir(shard, { recursive: true, mode: 0o700 });
    if (created) await syncDirectory(dirname(shard));
    await link(this.#stagingPath, this.#finalPath);
    this.#state = 'committed';
    await syncDirectory(shard);
    await unlink(this.#stagingPath);
  }

  /** Drop an unfinished or uncommitted file; a committed file is left alone. */
  async abort(): Promise<void> {
    if (this.#state === 'committed' || this.#state === 'aborted') return;
    this.#state = 'aborted';
    await this.#fh?.close();
    this.#fh = null;
    await unlink(this.#stagingPath).catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    });
  }

  #seal(final: boolean): void {
    const sealed = this.#sealer.seal(this.#chunk.subarray(0, this.#filled), final);
    this.#sealed.push(sealed);
    this.#sealedBytes += sealed.length;
    this.#filled = 0;
  }

  async #flush(): Promise<void> {
    const batch = Buffer.concat(this.#sealed, this.#sealedBytes);
    this.#sealed = [];
    this.#sealedBytes = 0;
    await writeAll(this.#openHandle(), batch);
  }

  #openHandle(): FileHandle {
    if (!this.#fh) throw new Error(`vault file ${this.fileId} is not open for writing`);
    return this.#fh;
  }

  #expect(state: 'writing' | 'finished'): void {
    if (this.#state !== state) throw new Error(`vault file ${this.fileId} is ${this.#state}, not ${state}`);
  }
}
