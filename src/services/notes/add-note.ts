import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../security/roles.js';
import { insertNote } from '../../store/case-notes.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { indexNote } from '../search/index-note.js';
import { runUseCase } from '../use-case.js';
import { noteView } from './note-view.js';

/** Add a note to a case's timeline. The body is encrypted; the id orders the timeline. */
export function addNote(deps: Deps, actor: Actor, caseId: string, body: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'note:create');
    const id = uuidv7({ msecs: ctx.now.getTime() });
    const at = ctx.now.toISOString();
    const row = await insertNote(ctx.tx, {
      id,
      case_id: caseId,
      author_id: actor.userId,
      body: deps.cipher.encrypt('case_notes', 'body', id, body),
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await indexNote(ctx, { id, caseId, body, createdAt: at });
    await ctx.audit({ action: 'note.create', targetType: 'note', targetId: id, caseId });
    return noteView(deps.cipher, row);
  });
}
