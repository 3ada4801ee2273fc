import type { Config } from '../config.js';
import { DEFAULT_SESSION_SETTINGS } from '../services/auth/session-settings.js';
import type { Deps } from '../services/deps.js';
import { FieldCipher } from '../security/field-cipher.js';
import { deriveSubkey } from '../security/subkeys.js';
import { openPostgres, openSqlite, type Store } from '../store/engine.js';
import { migrateToLatest } from '../store/migrate.js';

export interface Safehold {
  store: Store;
  deps: Deps;
}

/** Open the store for an unlocked data key, bring its schema up to date, and wire the use cases. */
export async function openSafehold(config: Config, dataKey: Buffer): Promise<Safehold> {
  const store = config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openSqlite(config.dataDir, deriveSubkey(dataKey, 'sqlcipher'));
  try {
    await migrateToLatest(store.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  const deps: Deps = {
    db: store.db,
    cipher: new FieldCipher(dataKey),
    now: () => new Date(),
    sessions: { ...DEFAULT_SESSION_SETTINGS, ...config.session },
  };
  return { store, deps };
}
