import type { Actor } from '../../security/roles.js';
import { findDocument } from '../../store/documents.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { requireRecentProof } from '../access/require-recent-proof.js';
import { revealedUntil } from '../people/recent-proof.js';
import { runUseCase } from '../use-case.js';
import { openNumber } from './document-view.js';

/**
 * Show a document's number to a user allowed to see who the person is, who proved who they
 * are recently and says why. The look is recorded with the reason (also when no number is on
 * record), never with the number.
 */
export function revealDocumentNumber(deps: Deps, actor: Actor, personId: string, documentId: string, reason: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'identity:reveal', null);
    requireRecentProof(ctx);
    const stored = await findDocument(ctx.tx, personId, documentId);
    if (!stored) throw new NotFoundError('document');
    await ctx.audit({
      action: 'document.number.reveal',
      targetType: 'document',
      targetId: documentId,
      caseId,
      reason,
      details: { personId, kind: stored.kind, recorded: stored.number !== null },
    });
    return {
      documentId,
      number: stored.number ? openNumber(deps.cipher, documentId, stored.number) : null,
      revealedUntil: revealedUntil(ctx),
    };
  });
}
