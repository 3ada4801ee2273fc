import type { Actor } from '../../security/roles.js';
import { latestNotes } from '../../store/case-notes.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { noteView } from './note-view.js';

/** The latest notes of a case, newest first, decrypted for a reader of the case. */
export function listNotes(deps: Deps, actor: Actor, caseId: string, opts: { limit: number; before?: string }) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    const rows = await latestNotes(ctx.tx, caseId, opts.limit, opts.before);
    return rows.map((r) => noteView(deps.cipher, r));
  });
}
