import { NAME_KEY_VERSION, recordKeys } from '../../domain/names/blind-keys.js';
import type { Identity } from '../../domain/person.js';
import { replaceNameKeys } from '../../store/name-index.js';
import type { Db } from '../../store/engine.js';
import type { Deps } from '../deps.js';

/** Every way a person's name is written: each full name in its own script, and the aliases. */
export function writtenNames(identity: Identity): string[] {
  return [...identity.names.map((n) => n.full), ...identity.aliases];
}

/**
 * Keep a person's names in the blind index, in the transaction that writes them: the keyed hashes
 * of their blind keys (never a name), with the key version they were made with.
 */
export async function indexPersonNames(
  tx: Db,
  deps: Pick<Deps, 'nameKey'>,
  personId: string,
  identity: Identity,
  at: string,
): Promise<void> {
  const hashes = deps.nameKey.hashAll(recordKeys(writtenNames(identity)));
  await replaceNameKeys(tx, personId, hashes, NAME_KEY_VERSION, at);
}
