import { buildTree, type Locale } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { listTerms } from '../../store/vocabularies.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { termView } from './term-view.js';

/** One list as a tree, each term labelled in the locale asked for. */
export function getVocabulary(deps: Deps, actor: Actor, listName: string, locale: Locale) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'vocabulary:read', { type: 'vocabulary', id: listName });
    const rows = await listTerms(ctx.tx, listName);
    const first = rows[0];
    if (!first) throw new NotFoundError('vocabulary');
    const terms = buildTree(rows.map((r) => termView(r, locale)));
    return { code: first.list_code, name: listName, locale, terms };
  });
}
