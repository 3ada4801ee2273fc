import { NAME_KEY_VERSION } from '../../domain/names/blind-keys.js';
import { CASE_BOUND_KINDS } from '../../domain/person.js';
import { peopleWithStaleNameKeys } from '../../store/name-index.js';
import type { Deps } from '../deps.js';
import { openIdentity } from '../people/protected-fields.js';
import { indexPersonNames } from './index-person-names.js';

/**
 * Put the names of clients, relatives and witnesses into the blind index where they are missing or
 * were indexed under older key rules (NAME_KEY_VERSION), a batch per transaction, in id order: it
 * can be stopped and run again. Identities are decrypted a batch at a time; only hashes are written.
 */
export async function reindexStaleNames(
  deps: Deps,
  opts: { batch?: number; onProgress?: (indexed: number) => void } = {},
): Promise<number> {
  const batch = opts.batch ?? 2000;
  let indexed = 0;
  for (let after: string | null = null; ;) {
    const done: number = await deps.db.transaction().execute(async (tx) => {
      const rows = await peopleWithStaleNameKeys(tx, CASE_BOUND_KINDS, NAME_KEY_VERSION, after, batch);
      const at = deps.now().toISOString();
      for (const row of rows) {
        await indexPersonNames(tx, deps, row.person_id, openIdentity(deps.cipher, row.person_id, row.identity), at);
      }
      after = rows.at(-1)?.person_id ?? null;
      return rows.length;
    });
    indexed += done;
    opts.onProgress?.(indexed);
    if (done < batch) return indexed;
  }
}
