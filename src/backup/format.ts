import { z } from 'zod';
import { parseKeyfile, type Keyfile } from '../security/keyfile.js';
import { BackupRefusedError } from './errors.js';

/**
 * A Safehold backup file:
 *
 *   "SAFEHOLD-BACKUP\n"                         16 bytes, plain
 *   header length                               uint32, big-endian
 *   header                                      UTF-8 JSON, plain (BackupHeader)
 *   secretstream header                         24 bytes
 *   blocks, each: length (uint32 BE) + ciphertext of at most BLOCK_BYTES of plaintext
 *
 * Every block is sealed with the bytes before the secretstream header (magic, length,
 * header) as associated data, under deriveSubkey(dataKey, 'backup'); the last block carries
 * the FINAL tag. The plaintext is JSON lines: for each table a line {"table","columns"},
 * then one JSON array of values per row; a full export then has the evidence files as one
 * more section named "$vault" (vault-section.ts); the last line is {"manifest"} with the row
 * count and SHA-256 of each section's lines. Bytes are written as {"$bytes": "<base64>"}.
 */
export const MAGIC = Buffer.from('SAFEHOLD-BACKUP\n', 'ascii');
export const FORMAT_VERSION = 1;
export const BLOCK_BYTES = 64 * 1024;
export const MAX_HEADER_BYTES = 64 * 1024;

const headerSchema = z.strictObject({
  format: z.literal('safehold-backup'),
  version: z.literal(FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  engine: z.enum(['sqlite', 'postgres']),
  /** The last migration applied to the database that was copied. */
  schemaVersion: z.string().min(1),
  /** The key file as it was: the passphrase of that moment unwraps the data key. */
  keyfile: z.unknown().transform((k) => parseKeyfile(JSON.stringify(k))),
  /** A full export: the evidence vault follows the tables (vault-section.ts). */
  vault: z.boolean().default(false),
});
export type BackupHeader = z.output<typeof headerSchema>;

/** The plain prefix of the file; it is also the associated data of every encrypted block. */
export function encodePrefix(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

export function decodeHeader(json: Buffer): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(json.toString('utf8'));
  } catch {
    throw new BackupRefusedError('the header of the backup file is not readable');
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== FORMAT_VERSION) {
    throw new BackupRefusedError(`backup format version ${version} is not supported (this Safehold reads version 1)`);
  }
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) throw new BackupRefusedError('the header of the backup file is not valid');
  return parsed.data;
}

export function newHeader(
  engine: BackupHeader['engine'],
  schemaVersion: string,
  keyfile: Keyfile,
  at: Date,
  vault: boolean,
): BackupHeader {
  return {
    format: 'safehold-backup',
    version: FORMAT_VERSION,
    createdAt: at.toISOString(),
    engine,
    schemaVersion,
    keyfile,
    vault,
  };
}

export interface TableManifest {
  name: string;
  rows: number;
  sha256: string;
}

export const tableLine = z.strictObject({ table: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
export const manifestLine = z.strictObject({
  manifest: z.strictObject({
    tables: z.array(z.strictObject({ name: z.string(), rows: z.number().int().min(0), sha256: z.string() })),
    rows: z.number().int().min(0),
  }),
});

/** A column value as written in the backup: JSON values as they are, bytes as base64. */
export function encodeValue(value: unknown, where: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Buffer.isBuffer(value)) return { $bytes: value.toString('base64') };
  throw new Error(`${where} holds a value the backup cannot represent exactly (${typeof value})`);
}

export function decodeValue(value: unknown): unknown {
  if (value !== null && typeof value === 'object') {
    const bytes = (value as { $bytes?: unknown }).$bytes;
    if (typeof bytes !== 'string' || Object.keys(value).length !== 1) {
      throw new BackupRefusedError('the backup holds a value of an unknown kind');
    }
    return Buffer.from(bytes, 'base64');
  }
  return value;
}
