import type { Actor } from '../../security/roles.js';
import { findNote, updateNote as updateRow } from '../../store/case-notes.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { indexNote } from '../search/index-note.js';
import { runUseCase } from '../use-case.js';
import { noteView } from './note-view.js';

export function updateNote(deps: Deps, actor: Actor, caseId: string, noteId: string, version: number, body: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'note:update');
    const current = await findNote(ctx.tx, caseId, noteId);
    if (!current) throw new NotFoundError('note');
    const row = await updateRow(ctx.tx, noteId, version, {
      body: deps.cipher.encrypt('case_notes', 'body', noteId, body),
      updated_at: ctx.now.toISOString(),
    });
    if (!row) throw new ConflictError('note', current.version);
    await indexNote(ctx, { id: noteId, caseId, body, createdAt: row.created_at });
    await ctx.audit({ action: 'note.update', targetType: 'note', targetId: noteId, caseId });
    return noteView(deps.cipher, row);
  });
}
