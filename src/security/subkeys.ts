import { hkdfSync } from 'node:crypto';

/** Purposes for which a key is derived from the data key. Each gets an independent key. */
export type KeyPurpose =
  'sqlcipher' | 'backup' | 'audit-signing' | `field:${string}` | `blind:${string}` | `file:${string}`;

const SALT = Buffer.from('safehold/subkey/v1');

/** HKDF-SHA256 from the data key; the purpose string binds the key to its one use. */
export function deriveSubkey(dataKey: Buffer, purpose: KeyPurpose, length = 32): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, SALT, purpose, length));
}
