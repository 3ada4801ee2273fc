import { open, type FileHandle } from 'node:fs/promises';
import { BackupRefusedError } from './errors.js';
import { BLOCK_BYTES, decodeHeader, MAGIC, MAX_HEADER_BYTES, type BackupHeader, type TableManifest } from './format.js';
import { RecordParser, type BackupRecord } from './record-parser.js';
import { STREAM_ABYTES, STREAM_HEADER_BYTES, StreamOpener } from './secret-stream.js';

export interface BackupFile {
  path: string;
  header: BackupHeader;
  /** The plain bytes before the stream: the associated data of every block. */
  prefix: Buffer;
}

const truncated = () =>
  new BackupRefusedError('the backup file is incomplete: it was cut short or its writing was interrupted');

/** Read the plain header. It is trusted only once the blocks that bind it have been opened. */
export async function openBackupFile(path: string): Promise<BackupFile> {
  const reader = await FileReader.open(path);
  try {
    const magic = await reader.read(MAGIC.length);
    if (!magic?.equals(MAGIC)) throw new BackupRefusedError(`${path} is not a Safehold backup file`);
    const length = await reader.read(4);
    if (!length) throw truncated();
    const size = length.readUInt32BE(0);
    if (size > MAX_HEADER_BYTES) throw new BackupRefusedError('the header of the backup file is not valid');
    const json = await reader.read(size);
    if (!json) throw truncated();
    return { path, header: decodeHeader(json), prefix: Buffer.concat([magic, length, json]) };
  } finally {
    await reader.close();
  }
}

/**
 * Decrypt the file block by block and yield its records. It throws if a block does not
 * authenticate (altered, reordered, or another key), if the FINAL block is missing
 * (truncated) or followed by anything, or if the tables do not match the manifest; the
 * return value is the checked manifest.
 */
export async function* readBackup(file: BackupFile, key: Buffer): AsyncGenerator<BackupRecord, TableManifest[]> {
  const reader = await FileReader.open(file.path, file.prefix.length);
  try {
    const streamHeader = await reader.read(STREAM_HEADER_BYTES);
    if (!streamHeader) throw truncated();
    const opener = new StreamOpener(key, streamHeader, file.prefix);
    const parser = new RecordParser();
    const lines = new LineSplitter();
    for (let block = 1; ; block++) {
      const length = (await reader.read(4))?.readUInt32BE(0);
      if (length === undefined) throw truncated();
      if (length < STREAM_ABYTES || length > BLOCK_BYTES + STREAM_ABYTES) {
        throw new BackupRefusedError(
          `the backup file was altered or is damaged (block ${block} has an impossible length)`,
        );
      }
      const sealed = await reader.read(length);
      if (!sealed) throw truncated();
      const opened = opener.open(sealed);
      if (!opened) {
        throw new BackupRefusedError(
          block === 1
            ? 'the backup file was altered or is damaged (its header or first block does not authenticate)'
            : `the backup file was altered or is damaged (block ${block} does not authenticate)`,
        );
      }
      for (const line of lines.push(opened.message)) {
        const record = parser.parse(line);
        if (record) yield record;
      }
      if (opened.final) break;
    }
    if (lines.rest() > 0) throw new BackupRefusedError('the backup file is damaged: its last line is incomplete');
    if ((await reader.read(1)) !== null) throw new BackupRefusedError('the backup file has data after its end');
    return parser.finish();
  } finally {
    await reader.close();
  }
}

/** Read the whole file and check it, without keeping any of it. */
export async function verifyBackup(file: BackupFile, key: Buffer): Promise<TableManifest[]> {
  const records = readBackup(file, key);
  for (;;) {
    const next = await records.next();
    if (next.done) return next.value;
  }
}

/** Exact reads from a file; null when the file ends before the bytes asked for. */
class FileReader {
  readonly #fh: FileHandle;
  #at: number;

  private constructor(fh: FileHandle, at: number) {
    this.#fh = fh;
    this.#at = at;
  }

  static async open(path: string, at = 0): Promise<FileReader> {
    try {
      return new FileReader(await open(path, 'r'), at);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupRefusedError(`${path} does not exist`);
      throw err;
    }
  }

  async read(length: number): Promise<Buffer | null> {
    const buf = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const { bytesRead } = await this.#fh.read(buf, got, length - got, this.#at + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    this.#at += got;
    return got === length ? buf : null;
  }

  close(): Promise<void> {
    return this.#fh.close();
  }
}

/** Splits decrypted blocks into lines (a line may span blocks); each line keeps its newline. */
class LineSplitter {
  #carry: Buffer = Buffer.alloc(0);

  *push(block: Buffer): Generator<Buffer> {
    const data = this.#carry.length > 0 ? Buffer.concat([this.#carry, block]) : block;
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl >= 0; nl = data.indexOf(0x0a, start)) {
      yield data.subarray(start, nl + 1);
      start = nl + 1;
    }
    this.#carry = Buffer.from(data.subarray(start));
  }

  rest(): number {
    return this.#carry.length;
  }
}
