import type { Config } from '../config.js';
import { DEFAULT_CONTENT_LIMITS } from '../files/content-check.js';
import { EvidenceVault } from '../files/vault-store.js';
import { DEFAULT_SESSION_SETTINGS } from '../services/auth/session-settings.js';
import { SearchKey } from '../services/search/search-key.js';
import { loadVocabularies } from '../services/vocabularies/load-vocabularies.js';
import type { Deps } from '../services/deps.js';
import { AuditSigner } from '../security/audit-signer.js';
import { FieldCipher } from '../security/field-cipher.js';
import { DEFAULT_THROTTLE } from '../security/throttle.js';
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
    : openSqlite(config.dataDir, deriveSubkey(dataKey, 'sqlcipher'), config.cacheMb);
  let vault: EvidenceVault;
  try {
    await migrateToLatest(store.db);
    vault = await EvidenceVault.open(config.dataDir, dataKey);
  } catch (err) {
    await store.close();
    throw err;
  }
  const deps: Deps = {
    db: store.db,
    cipher: new FieldCipher(dataKey),
    auditSigner: new AuditSigner(dataKey),
    now: () => new Date(),
    sessions: { ...DEFAULT_SESSION_SETTINGS, ...config.session },
    throttle: DEFAULT_THROTTLE,
    site: config.site,
    evidence: { vault, limits: { ...DEFAULT_CONTENT_LIMITS } },
    searchKey: new SearchKey(dataKey),
    disclosure: { ...config.disclosure },
    nameKey: new SearchKey(dataKey, 'blind:names'),
  };
  try {
    await loadVocabularies(deps);
  } catch (err) {
    await store.close();
    throw err;
  }
  return { store, deps };
}
