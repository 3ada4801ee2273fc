import type { Actor } from '../../security/roles.js';
import { listLists } from '../../store/vocabularies.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';

/** The controlled vocabularies (the HURIDOCS lists), with the number of terms in each. */
export function listVocabularies(deps: Deps, actor: Actor) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'vocabulary:read', { type: 'vocabulary' });
    const rows = await listLists(ctx.tx);
    return rows.map((r) => ({ code: r.list_code, name: r.list_name, terms: Number(r.terms) }));
  });
}
