import type { Config } from '../config.js';
import { unlockDataDir } from '../security/data-dir.js';
import { openSafehold, type Safehold } from '../app/open-safehold.js';
import { passphraseFromEnvOrPrompt } from './passphrase.js';

/** Unlock the data key with the passphrase and open the store. */
export async function unlock(config: Config, passphrase?: string): Promise<Safehold & { dataKey: Buffer }> {
  const dataKey = await unlockDataDir(config.dataDir, passphrase ?? (await passphraseFromEnvOrPrompt()));
  return { ...(await openSafehold(config, dataKey)), dataKey };
}
