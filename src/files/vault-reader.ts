import { open, type FileHandle } from 'node:fs/promises';
import { StreamOpener } from '../backup/secret-stream.js';
import { VaultFileError } from './errors.js';
import { HEADER_BYTES, PREFIX_BYTES, SEALED_CHUNK_BYTES, checkPrefix } from './vault-format.js';

/** Fill `buf` from `position` unless the file ends first; the number of bytes read. */
async function readFully(fh: FileHandle, buf: Buffer, position: number): Promise<number> {
  let filled = 0;
  while (filled < buf.length) {
    const { bytesRead } = await fh.read(buf, filled, buf.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

async function openExisting(path: string, fileId: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new VaultFileError(fileId, 'missing');
    throw err;
  }
}

/**
 * The original bytes of a vault file, one chunk (64 KiB) at a time, each authenticated before
 * it is yielded. Throws VaultFileError as soon as anything does not match: a consumer that
 * hashes or forwards the chunks sees the error before the stream ends normally.
 */
export async function* decryptVaultFile(path: string, fileId: string, key: Buffer): AsyncGenerator<Buffer> {
  const fh = await openExisting(path, fileId);
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    const headerBytes = await readFully(fh, header, 0);
    const problem = checkPrefix(header.subarray(0, headerBytes), fileId);
    if (problem) throw new VaultFileError(fileId, problem);
    if (headerBytes < HEADER_BYTES) throw new VaultFileError(fileId, 'truncated', 'the header is incomplete');

    const prefix = header.subarray(0, PREFIX_BYTES);
    const opener = new StreamOpener(key, header.subarray(PREFIX_BYTES), prefix);
    const sealed = Buffer.alloc(SEALED_CHUNK_BYTES);
    let position = HEADER_BYTES;
    for (let index = 0; ; index += 1) {
      const n = await readFully(fh, sealed, position);
      if (n === 0) throw new VaultFileError(fileId, 'truncated');
      const opened = opener.open(sealed.subarray(0, n));
      if (!opened) {
        throw new VaultFileError(
          fileId,
          'damaged',
          `chunk ${index} at byte ${position} does not authenticate (altered, cut short, reordered or read with the wrong key)`,
        );
      }
      position += n;
      if (opened.final && (await readFully(fh, Buffer.alloc(1), position)) > 0) {
        throw new VaultFileError(fileId, 'trailing-data');
      }
      yield opened.message;
      if (opened.final) return;
    }
  } finally {
    await fh.close();
  }
}
