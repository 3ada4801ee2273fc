import type { ContentLimits } from '../files/content-check.js';
import type { EvidenceVault } from '../files/vault-store.js';
import type { AuditSigner } from '../security/audit-signer.js';
import type { FieldCipher } from '../security/field-cipher.js';
import type { ThrottleSettings } from '../security/throttle.js';
import type { SiteSettings } from '../security/webauthn.js';
import type { Db } from '../store/engine.js';
import type { SessionSettings } from './auth/session-settings.js';
import type { SearchKey } from './search/search-key.js';

/** What every use case needs, passed explicitly. */
export interface Deps {
  db: Db;
  cipher: FieldCipher;
  /** Signs audit checkpoints (Ed25519, key derived from the data key). */
  auditSigner: AuditSigner;
  now: () => Date;
  sessions: SessionSettings;
  /** Sign-in attempt limits. */
  throttle: ThrottleSettings;
  /** The public origin and WebAuthn relying-party id. */
  site: SiteSettings;
  /** The evidence vault, and what it takes in (the upload limit is its maxBytes). */
  evidence: { vault: EvidenceVault; limits: ContentLimits };
  /** Keys the hashes of the search index. */
  searchKey: SearchKey;
  /** Small-cell suppression of the totals shown to analysts or published. */
  disclosure: { smallCellThreshold: number };
  /** Keys the hashes of the blind index of people's names (a key of its own: 'blind:names'). */
  nameKey: SearchKey;
}
