import type { FieldCipher } from '../security/field-cipher.js';
import type { Db } from '../store/engine.js';
import type { SessionSettings } from './auth/session-settings.js';

/** What every use case needs, passed explicitly. */
export interface Deps {
  db: Db;
  cipher: FieldCipher;
  now: () => Date;
  sessions: SessionSettings;
}
