import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { AcceptedType } from './accepted-types.js';
import { FileRefusedError, VaultFileError } from './errors.js';

export interface ArchiveLimits {
  maxEntries: number;
  /** The entries together, inflated. */
  maxUncompressedBytes: number;
  /** Inflated size over archive size. Office documents stay far below 100; a zip bomb is in the thousands. */
  maxRatio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxRatio: 100,
};

/** The end of the archive kept in memory while it streams in: it holds the central directory. */
const TAIL_BYTES = 2 * 1024 * 1024;

/**
 * A reader yauzl uses over an archive that can be read only from start to end (it is
 * decrypted as it is read): ranges within the kept tail are served from memory; others from
 * one forward pass over the stored bytes. Entries are inflated in the order of their offsets,
 * so the pass never has to go back; a range that would need to (overlapping entries, or a
 * central directory larger than the tail) refuses the archive.
 */
class ForwardReader extends yauzl.RandomAccessReader {
  directoryRead = false;
  readonly #tail: Buffer;
  readonly #tailStart: number;
  readonly #open: () => AsyncIterable<Buffer>;
  #source: AsyncIterator<Buffer> | null = null;
  #position = 0;
  #pending: Buffer = Buffer.alloc(0);

  constructor(tail: Buffer, size: number, open: () => AsyncIterable<Buffer>) {
    super();
    this.#tail = tail;
    this.#tailStart = size - tail.length;
    this.#open = open;
  }

  override _readStreamForRange(start: number, end: number): Readable {
    if (start >= this.#tailStart) {
      return Readable.from([this.#tail.subarray(start - this.#tailStart, end - this.#tailStart)], {
        objectMode: false,
      });
    }
    return Readable.from(this.#forward(start, end), { objectMode: false });
  }

  async *#forward(start: number, end: number): AsyncGenerator<Buffer> {
    if (!this.directoryRead) {
      throw new FileRefusedError(
        'archive-limits',
        `the archive's directory is larger than ${TAIL_BYTES / 1024 / 1024} MiB`,
      );
    }
    if (start < this.#position) throw new FileRefusedError('archive-limits', "the archive's entries overlap");
    this.#source ??= this.#open()[Symbol.asyncIterator]();
    while (this.#position < end) {
      if (this.#pending.length === 0) {
        const next = await this.#source.next();
        if (next.done) throw new FileRefusedError('unreadable', 'the archive ends before its entries do');
        this.#pending = next.value;
      }
      const skip = Math.min(Math.max(start - this.#position, 0), this.#pending.length);
      const take = Math.min(this.#pending.length - skip, end - this.#position - skip);
      const piece = this.#pending.subarray(skip, skip + take);
      this.#pending = this.#pending.subarray(skip + take);
      this.#position += skip + take;
      if (piece.length > 0) yield piece;
    }
  }
}

function entryEnd(entry: yauzl.Entry): number {
  return entry.relativeOffsetOfLocalHeader + 30 + entry.fileNameLength + entry.compressedSize;
}

async function readEntries(zip: yauzl.ZipFile, limits: ArchiveLimits, size: number): Promise<yauzl.Entry[]> {
  if (zip.entryCount > limits.maxEntries) {
    throw new FileRefusedError(
      'archive-limits',
      `the archive has ${zip.entryCount} entries, above the limit of ${limits.maxEntries}`,
    );
  }
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    if (entry.isEncrypted() || !entry.canDecodeFileData()) {
      throw new FileRefusedError('unreadable', 'the archive holds encrypted entries or an unknown compression');
    }
    declared += entry.uncompressedSize;
    entries.push(entry);
  }
  checkInflatedSize(declared, size, limits);
  entries.sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    if (previous && entry.relativeOffsetOfLocalHeader < entryEnd(previous)) {
      throw new FileRefusedError('archive-limits', "the archive's entries overlap");
    }
  });
  return entries;
}

function checkInflatedSize(inflated: number, size: number, limits: ArchiveLimits): void {
  if (inflated > limits.maxUncompressedBytes) {
    throw new FileRefusedError(
      'archive-limits',
      `the archive inflates to more than ${Math.floor(limits.maxUncompressedBytes / 1024 / 1024)} MiB`,
    );
  }
  if (inflated > size * limits.maxRatio) {
    throw new FileRefusedError(
      'archive-limits',
      `the archive inflates to more than ${limits.maxRatio} times its size (a compression bomb)`,
    );
  }
}

/** Inflate every entry (nothing is kept), counting what comes out against the limits. */
async function inflateAll(zip: yauzl.ZipFile, entries: yauzl.Entry[], limits: ArchiveLimits, size: number) {
  let inflated = 0;
  for (const entry of entries) {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      checkInflatedSize(inflated, size, limits);
    }
  }
}

/**
 * Zip-bomb checks for office documents (ZIP containers), without ever holding the document:
 * the number of entries and their declared sizes from the central directory, entries that
 * overlap (one compressed block counted as many files), then every entry actually inflated —
 * yauzl fails an entry that inflates to more or less than it declares — with the running total
 * checked against the limits. The inflated bytes are counted and dropped.
 */
export class ArchiveInspector {
  readonly #type: AcceptedType;
  readonly #limits: ArchiveLimits;
  #tail: Buffer[] = [];
  #tailBytes = 0;

  constructor(type: AcceptedType, limits: ArchiveLimits) {
    this.#type = type;
    this.#limits = limits;
  }

  update(chunk: Buffer): void {
    this.#tail.push(Buffer.from(chunk)); // kept a while: copied, in case the source reuses its buffers
    this.#tailBytes += chunk.length;
    while (this.#tail.length > 1 && this.#tailBytes - (this.#tail[0]?.length ?? 0) >= TAIL_BYTES) {
      this.#tailBytes -= this.#tail.shift()?.length ?? 0;
    }
  }

  async finish(size: number, staged: () => AsyncIterable<Buffer>): Promise<void> {
    const reader = new ForwardReader(Buffer.concat(this.#tail, this.#tailBytes), size, staged);
    this.#tail = [];
    let zip: yauzl.ZipFile | null = null;
    try {
      zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
        lazyEntries: true,
        autoClose: false,
        validateEntrySizes: true,
      });
      const entries = await readEntries(zip, this.#limits, size);
      reader.directoryRead = true;
      await inflateAll(zip, entries, this.#limits, size);
    } catch (err) {
      if (err instanceof FileRefusedError || err instanceof VaultFileError) throw err;
      if (err instanceof Error && err.message.startsWith('too many bytes in the stream')) {
        throw new FileRefusedError('archive-limits', 'an entry of the archive inflates to more than it declares');
      }
      throw new FileRefusedError('unreadable', `the content is not a valid ${this.#type.label.replace(/^an? /, '')}`);
    } finally {
      zip?.close();
    }
  }
}
