import { localSequence, localVocabNumber, type LocalTermInput } from '../../domain/vocabulary.js';
import type { Actor } from '../../security/roles.js';
import { findTerm, insertTerm, lastOrderUnder, listTerms, localNumbersOf } from '../../store/vocabularies.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { InvalidInputError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { termView } from './term-view.js';

/**
 * Add a term of the organization's own to a list, under a parent of that list or at its top.
 * It is numbered L<list>-<n>, in a space no HURIDOCS number can take.
 */
export function addLocalTerm(deps: Deps, actor: Actor, listName: string, input: LocalTermInput) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'vocabulary:manage', { type: 'vocabulary', id: listName });
    const [first] = await listTerms(ctx.tx, listName);
    if (!first) throw new NotFoundError('vocabulary');
    const parent = input.parent ? await findTerm(ctx.tx, input.parent) : null;
    if (input.parent && parent?.list_name !== listName) {
      throw new InvalidInputError('parent', `no term ${input.parent} in ${listName}`);
    }
    const taken = (await localNumbersOf(ctx.tx, first.list_code)).map((n) => localSequence(n, first.list_code) ?? 0);
    const vocabNumber = localVocabNumber(first.list_code, Math.max(0, ...taken) + 1);
    const at = ctx.now.toISOString();
    const row = await insertTerm(ctx.tx, {
      vocab_number: vocabNumber,
      list_code: first.list_code,
      list_name: listName,
      huri_code: null,
      parent_vocab_number: parent?.vocab_number ?? null,
      term_level: parent ? parent.term_level + 1 : 0,
      term_order: (await lastOrderUnder(ctx.tx, listName, parent?.vocab_number ?? null)) + 1,
      origin: 'local',
      label_en: input.labels.en,
      label_sq: input.labels.sq ?? null,
      label_fa: input.labels.fa ?? null,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'vocabulary.term.create',
      targetType: 'vocabulary',
      targetId: vocabNumber,
      details: { list: listName, parent: row.parent_vocab_number },
    });
    return termView(row, 'en');
  });
}
