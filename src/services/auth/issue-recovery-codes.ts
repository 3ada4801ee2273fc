import { newRecoveryCodes } from '../../security/recovery-codes.js';
import type { Db } from '../../store/engine.js';
import { countUnusedRecoveryCodes, replaceRecoveryCodes } from '../../store/second-factors.js';

/** Ten new recovery codes, replacing any left; shown once, stored only hashed. */
export async function issueRecoveryCodes(tx: Db, userId: string, at: string): Promise<string[]> {
  const { codes, hashes } = newRecoveryCodes();
  await replaceRecoveryCodes(tx, userId, hashes, at);
  return codes;
}

/** Recovery codes come with the first second factor; a later one keeps those the user has. */
export async function issueFirstRecoveryCodes(tx: Db, userId: string, at: string): Promise<string[]> {
  return (await countUnusedRecoveryCodes(tx, userId)) > 0 ? [] : issueRecoveryCodes(tx, userId, at);
}
