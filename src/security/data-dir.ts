import { access, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from './sodium.js';
import { KEYFILE_NAME, readKeyfile, unwrapDataKey, wrapDataKey, writeKeyfile, type KdfProfile } from './keyfile.js';

export async function isInitialized(dataDir: string): Promise<boolean> {
  try {
    await access(join(dataDir, KEYFILE_NAME));
    return true;
  } catch {
    return false;
  }
}

/** Create the data directory (owner-only) with a new random data key wrapped by the passphrase. */
export async function initDataDir(dataDir: string, passphrase: string, profile: KdfProfile): Promise<Buffer> {
  if (await isInitialized(dataDir)) throw new Error(`${dataDir} is already initialized`);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const dataKey = randomBytes(32);
  await writeKeyfile(dataDir, wrapDataKey(dataKey, passphrase, profile));
  return dataKey;
}

export async function unlockDataDir(dataDir: string, passphrase: string): Promise<Buffer> {
  return unwrapDataKey(await readKeyfile(dataDir), passphrase);
}

/** Change the passphrase: the same data key, wrapped anew. A wrong old passphrase changes nothing. */
export async function rekeyDataDir(dataDir: string, oldPassphrase: string, newPassphrase: string, profile: KdfProfile) {
  const keyfile = await readKeyfile(dataDir);
  const dataKey = unwrapDataKey(keyfile, oldPassphrase);
  await writeKeyfile(dataDir, wrapDataKey(dataKey, newPassphrase, profile, keyfile.createdAt));
}
