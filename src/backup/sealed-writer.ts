import type { FileHandle } from 'node:fs/promises';
import { BLOCK_BYTES } from './format.js';
import type { StreamSealer } from './secret-stream.js';

/**
 * Collects plaintext lines into blocks of BLOCK_BYTES, seals each one and appends it to the
 * file with its length. Only whole blocks are held in memory; end() seals the last one FINAL.
 */
export class SealedWriter {
  readonly #file: FileHandle;
  readonly #sealer: StreamSealer;
  #pending: Buffer[] = [];
  #pendingBytes = 0;

  /** `bytesWritten`: what the file already holds; it grows with every block. */
  constructor(
    file: FileHandle,
    sealer: StreamSealer,
    public bytesWritten: number,
  ) {
    this.#file = file;
    this.#sealer = sealer;
  }

  async write(line: Buffer): Promise<void> {
    this.#pending.push(line);
    this.#pendingBytes += line.length;
    if (this.#pendingBytes >= BLOCK_BYTES) await this.#seal(false);
  }

  async end(lastLine: Buffer): Promise<void> {
    this.#pending.push(lastLine);
    this.#pendingBytes += lastLine.length;
    await this.#seal(true);
  }

  /** Seal every whole block; at the end also the remainder, as the FINAL block. */
  async #seal(final: boolean): Promise<void> {
    const data = Buffer.concat(this.#pending, this.#pendingBytes);
    let at = 0;
    while (data.length - at >= BLOCK_BYTES && !(final && data.length - at === BLOCK_BYTES)) {
      await this.#append(this.#sealer.seal(data.subarray(at, at + BLOCK_BYTES), false));
      at += BLOCK_BYTES;
    }
    const rest = data.subarray(at);
    if (final) {
      await this.#append(this.#sealer.seal(rest, true));
      this.#pending = [];
      this.#pendingBytes = 0;
    } else {
      this.#pending = [Buffer.from(rest)];
      this.#pendingBytes = rest.length;
    }
  }

  async #append(block: Buffer): Promise<void> {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(block.length);
    await this.#file.write(Buffer.concat([length, block]));
    this.bytesWritten += 4 + block.length;
  }
}
