import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { sodium, randomBytes } from './sodium.js';

/**
 * The key file holds the random data key, wrapped (XChaCha20-Poly1305) by a key derived
 * with Argon2id from the passphrase. Changing the passphrase rewraps the same data key,
 * so no data has to be re-encrypted.
 */
export const KEYFILE_NAME = 'keyfile.json';
const AAD = Buffer.from('safehold/keyfile/v1');

export const KDF_PROFILES = {
  interactive: {
    opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE,
    memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE,
  },
  moderate: {
    opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE,
    memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE,
  },
  sensitive: {
    opslimit: sodium.crypto_pwhash_OPSLIMIT_SENSITIVE,
    memlimit: sodium.crypto_pwhash_MEMLIMIT_SENSITIVE,
  },
} as const;
export type KdfProfile = keyof typeof KDF_PROFILES;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const keyfileSchema = z.object({
  format: z.literal('safehold-keyfile'),
  version: z.literal(1),
  kdf: z.object({
    algorithm: z.literal('argon2id13'),
    salt: b64,
    opslimit: z.number().int().positive(),
    memlimit: z.number().int().positive(),
  }),
  wrappedKey: z.object({ nonce: b64, ciphertext: b64 }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Keyfile = z.infer<typeof keyfileSchema>;

export class WrongPassphraseError extends Error {
  constructor() {
    super('wrong passphrase: the data key could not be unwrapped (nothing was changed)');
    this.name = 'WrongPassphraseError';
  }
}

export class KeyfileMissingError extends Error {
  constructor(dir: string) {
    super(`no key file in ${dir}: run "safehold init" first`);
    this.name = 'KeyfileMissingError';
  }
}

export function assertPassphrase(passphrase: string): void {
  if (passphrase.length < 12) throw new Error('the passphrase must have at least 12 characters');
  if (passphrase.length > 1024) throw new Error('the passphrase must have at most 1024 characters');
}

function deriveWrappingKey(passphrase: string, kdf: Keyfile['kdf']): Buffer {
  const key = sodium.sodium_malloc(32) as Buffer;
  sodium.crypto_pwhash(
    key,
    Buffer.from(passphrase.normalize('NFC'), 'utf8'),
    Buffer.from(kdf.salt, 'base64'),
    kdf.opslimit,
    kdf.memlimit,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  return key;
}

export function wrapDataKey(dataKey: Buffer, passphrase: string, profile: KdfProfile, createdAt?: string): Keyfile {
  assertPassphrase(passphrase);
  const kdf = {
    algorithm: 'argon2id13' as const,
    salt: randomBytes(sodium.crypto_pwhash_SALTBYTES).toString('base64'),
    ...KDF_PROFILES[profile],
  };
  const wrappingKey = deriveWrappingKey(passphrase, kdf);
  const nonce = randomBytes(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  const ciphertext = Buffer.alloc(dataKey.length + sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES);
  sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(ciphertext, dataKey, AAD, null, nonce, wrappingKey);
  const now = new Date().toISOString();
  return {
    format: 'safehold-keyfile',
    version: 1,
    kdf,
    wrappedKey: { nonce: nonce.toString('base64'), ciphertext: ciphertext.toString('base64') },
    createdAt: createdAt ?? now,
    updatedAt: now,
  };
}

export function unwrapDataKey(keyfile: Keyfile, passphrase: string): Buffer {
  const wrappingKey = deriveWrappingKey(passphrase, keyfile.kdf);
  const ciphertext = Buffer.from(keyfile.wrappedKey.ciphertext, 'base64');
  const dataKey = Buffer.alloc(ciphertext.length - sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES);
  try {
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      dataKey,
      null,
      ciphertext,
      AAD,
      Buffer.from(keyfile.wrappedKey.nonce, 'base64'),
      wrappingKey,
    );
  } catch {
    throw new WrongPassphraseError();
  }
  return dataKey;
}

export function parseKeyfile(text: string): Keyfile {
  return keyfileSchema.parse(JSON.parse(text));
}

export async function readKeyfile(dataDir: string): Promise<Keyfile> {
  let text: string;
  try {
    text = await readFile(join(dataDir, KEYFILE_NAME), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new KeyfileMissingError(dataDir);
    throw err;
  }
  return parseKeyfile(text);
}

/** Write a file atomically and durably: temp file, fsync, rename, fsync the directory. */
export async function writeFileDurably(path: string, contents: string | Buffer, mode = 0o600): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  const fh = await open(tmp, 'w', mode);
  try {
    await fh.writeFile(contents);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

export async function writeKeyfile(dataDir: string, keyfile: Keyfile): Promise<void> {
  await writeFileDurably(join(dataDir, KEYFILE_NAME), `${JSON.stringify(keyfile, null, 2)}\n`);
}
