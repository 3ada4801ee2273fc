import { createHash } from 'node:crypto';
import { categoryOf, type AcceptedTypeId, type Category } from './accepted-types.js';
import {
  DEFAULT_CONTENT_LIMITS,
  HEAD_BYTES,
  inspectorFor,
  recogniseContent,
  type ContentInspector,
  type ContentLimits,
  type FileClaim,
} from './content-check.js';
import { FileRefusedError } from './errors.js';
import type { EvidenceVault } from './vault-store.js';
import type { VaultWriter } from './vault-writer.js';

/** What intake recorded of a file: the facts for its chain of custody. */
export interface IntakeResult {
  fileId: string;
  /** SHA-256 of the original bytes, lower-case hex. */
  sha256: string;
  /** Size of the original in bytes. */
  size: number;
  typeId: AcceptedTypeId;
  /** The media type of the content as recognised from its bytes. */
  mime: string;
  category: Category;
}

function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}

interface Checked {
  typeId: AcceptedTypeId;
  mime: string;
  inspector: ContentInspector;
}

/** Recognise the first bytes, then pass them on to the checks of their type and to the vault. */
async function checkHead(head: Buffer, claim: FileClaim, limits: ContentLimits, writer: VaultWriter): Promise<Checked> {
  const { type, mime } = await recogniseContent(head, claim, limits);
  const inspector = inspectorFor(type, limits);
  inspector.update(head);
  await writer.write(head);
  return { typeId: type.id, mime, inspector };
}

/**
 * Take a file into the vault in one pass over its bytes: they are counted against the size
 * limit, hashed (SHA-256 of the original), checked (type from the first HEAD_BYTES, then the
 * checks of that type over the rest) and encrypted to a staging file. A file refused, or a
 * source that fails, leaves nothing in the vault. When this returns, the file is durably stored.
 */
export async function intakeFile(
  vault: EvidenceVault,
  source: AsyncIterable<Uint8Array>,
  claim: FileClaim,
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): Promise<IntakeResult> {
  const writer = await vault.createWriter();
  try {
    const hash = createHash('sha256');
    let size = 0;
    const head: Buffer[] = [];
    let checked: Checked | undefined;
    for await (const chunk of source) {
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      size += bytes.length;
      if (size > limits.maxBytes) {
        throw new FileRefusedError('too-large', `the file is larger than the limit of ${mib(limits.maxBytes)}`);
      }
      hash.update(bytes);
      if (checked) {
        checked.inspector.update(bytes);
        await writer.write(bytes);
      } else {
        head.push(Buffer.from(bytes)); // kept a while: copied, in case the source reuses its buffers
        if (size >= HEAD_BYTES) checked = await checkHead(Buffer.concat(head.splice(0)), claim, limits, writer);
      }
    }
    if (size === 0) throw new FileRefusedError('empty', 'the file is empty');
    checked ??= await checkHead(Buffer.concat(head.splice(0)), claim, limits, writer);

    await writer.finish();
    await checked.inspector.finish(size, () => writer.readStaged());
    await writer.commit();
    const { typeId, mime } = checked;
    return { fileId: writer.fileId, sha256: hash.digest('hex'), size, typeId, mime, category: categoryOf(mime) };
  } catch (err) {
    await writer.abort();
    throw err;
  }
}
