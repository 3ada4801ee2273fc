import { dateOf } from '../../domain/calendar.js';
import type { Actor } from '../../security/roles.js';
import { listDocuments as listRows } from '../../store/documents.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { documentView } from './document-view.js';

/** A person's documents and permits, numbers hidden, each with whether it is valid on a date (today by default). */
export function listDocuments(deps: Deps, actor: Actor, personId: string, on?: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requirePerson(ctx, personId, 'read', null);
    const day = on ?? dateOf(ctx.now);
    return { on: day, items: (await listRows(ctx.tx, personId)).map((r) => documentView(deps.cipher, r, day)) };
  });
}
