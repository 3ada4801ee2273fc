import { dateOf } from '../../domain/calendar.js';
import { TRAVEL_DOCUMENT_KINDS, type DocumentKind, type DocumentNeed } from '../../domain/document.js';
import type { Actor } from '../../security/roles.js';
import { clientsWithoutValidDocument } from '../../store/documents.js';
import type { Deps } from '../deps.js';
import { reportScope } from '../support/report-scope.js';
import { runUseCase } from '../use-case.js';

const KINDS_MEETING: Record<DocumentNeed, readonly DocumentKind[]> = {
  work_permit: ['work_permit'],
  travel_document: TRAVEL_DOCUMENT_KINDS,
};

/**
 * Clients of the actor's open cases who hold no valid document meeting the need on `on`
 * (today by default), by client id, a page at a time.
 */
export function listClientsWithoutDocument(
  deps: Deps,
  actor: Actor,
  opts: { need: DocumentNeed; on?: string; after?: string; limit: number },
) {
  return runUseCase(deps, actor, async (ctx) => {
    const scope = reportScope(ctx, `documents.without-${opts.need}`);
    const on = opts.on ?? dateOf(ctx.now);
    const page = await clientsWithoutValidDocument(ctx.tx, scope, {
      kinds: KINDS_MEETING[opts.need],
      on,
      after: opts.after ?? null,
      limit: opts.limit,
    });
    return { need: opts.need, on, items: page.clients, nextAfter: page.nextAfter };
  });
}
