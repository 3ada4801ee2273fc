import { STREAM_ABYTES, STREAM_HEADER_BYTES } from '../backup/secret-stream.js';
import { deriveSubkey } from '../security/subkeys.js';

/**
 * A file in the evidence vault:
 *
 *   "SAFEHOLD-VAULT\n"          15 bytes, plain
 *   format version              1 byte
 *   file id                     16 bytes, the UUID in binary
 *   secretstream header         24 bytes
 *   chunks                      each the ciphertext of CHUNK_BYTES of the original (+17 bytes);
 *                               the last one shorter or equal, and the only one with the FINAL tag
 *
 * Every chunk is sealed (XChaCha20-Poly1305 secretstream) under deriveSubkey(dataKey,
 * `file:<id>`) with the first 32 bytes (magic, version, id) as associated data: a chunk that is
 * altered, dropped, repeated or moved fails to authenticate, a file cut at a chunk boundary has
 * no FINAL chunk, and a file copied under another id is read with another key and another
 * associated data.
 */
export const MAGIC = Buffer.from('SAFEHOLD-VAULT\n', 'ascii');
export const FORMAT_VERSION = 1;
export const CHUNK_BYTES = 64 * 1024;
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + STREAM_ABYTES;
export const PREFIX_BYTES = MAGIC.length + 1 + 16;
export const HEADER_BYTES = PREFIX_BYTES + STREAM_HEADER_BYTES;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isFileId(value: string): boolean {
  return UUID.test(value);
}

/** Magic, version and file id: the plain start of the file and the associated data of every chunk. */
export function encodePrefix(fileId: string): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([FORMAT_VERSION]), Buffer.from(fileId.replaceAll('-', ''), 'hex')]);
}

export type PrefixProblem = 'not-a-vault-file' | 'unsupported-version' | 'foreign';

/** What is wrong with the plain start of a file read as `fileId`, or null when it is right. */
export function checkPrefix(prefix: Buffer, fileId: string): PrefixProblem | null {
  if (prefix.length < PREFIX_BYTES || !prefix.subarray(0, MAGIC.length).equals(MAGIC)) return 'not-a-vault-file';
  if (prefix[MAGIC.length] !== FORMAT_VERSION) return 'unsupported-version';
  if (!prefix.subarray(0, PREFIX_BYTES).equals(encodePrefix(fileId))) return 'foreign';
  return null;
}

export function fileKey(dataKey: Buffer, fileId: string): Buffer {
  return deriveSubkey(dataKey, `file:${fileId}`);
}
