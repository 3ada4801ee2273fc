import { appendAudit } from '../../security/audit-log.js';
import { SYSTEM_ACTOR_ID } from '../../security/roles.js';
import { unindexedNotes } from '../../store/search-index.js';
import type { Deps } from '../deps.js';
import { indexDocuments } from './index-documents.js';
import { noteDocument } from './index-note.js';

/**
 * Put the case notes written before the search index existed into it, oldest first, a batch per
 * transaction; notes already indexed are skipped, so it can be stopped and run again. Notes are
 * decrypted one batch at a time and only their keyed hashes are written. A run that indexed any
 * note is recorded in the audit log.
 */
export async function indexExistingNotes(
  deps: Deps,
  opts: { batch?: number; onProgress?: (indexed: number) => void } = {},
): Promise<number> {
  const batch = opts.batch ?? 5000;
  let indexed = 0;
  for (let after: string | null = null; ;) {
    const done: number = await deps.db.transaction().execute(async (tx) => {
      const notes = await unindexedNotes(tx, after, batch);
      await indexDocuments(
        { tx, deps, now: deps.now() },
        notes.map((n) =>
          noteDocument({
            id: n.id,
            caseId: n.case_id,
            body: deps.cipher.decrypt('case_notes', 'body', n.id, n.body),
            createdAt: n.created_at,
          }),
        ),
      );
      after = notes.at(-1)?.id ?? null;
      return notes.length;
    });
    indexed += done;
    opts.onProgress?.(indexed);
    if (done < batch) break;
  }
  if (indexed > 0) {
    await deps.db.transaction().execute((tx) =>
      appendAudit(
        tx,
        {
          actorId: SYSTEM_ACTOR_ID,
          action: 'search.index-notes',
          outcome: 'ok',
          targetType: 'search-index',
          targetId: 'notes',
          details: { notes: indexed },
        },
        deps.now(),
      ),
    );
  }
  return indexed;
}
