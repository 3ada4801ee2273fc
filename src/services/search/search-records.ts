import { facet, monthsBetween, searchWords } from '../../domain/search-text.js';
import { MAX_SEARCH_WORDS, type SearchQuery } from '../../domain/search-query.js';
import { allowsOnCase } from '../../security/policy.js';
import type { Actor } from '../../security/roles.js';
import {
  caseFactsOf,
  documentsBySeq,
  matchDocuments,
  pageTexts,
  visibleCaseIds,
  type IndexScope,
} from '../../store/search-index.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase, type UseCaseContext } from '../use-case.js';
import { LONG_SPAN } from './index-documents.js';
import { openCursor, sealCursor } from './search-cursor.js';
import { presentResult, textIds, type SearchResult } from './search-result.js';

/**
 * Up to this many visible cases are named in the index query itself (an OR of their hashed case
 * facets, so only their documents are walked); a user who sees more has every candidate checked
 * against the cases they see instead, which costs little when they see much.
 */
const NAMED_CASES = 150;
/** A date range of up to this many months is matched through the month facets of the index. */
const DATE_MONTHS = 24;

async function scopeOf(ctx: UseCaseContext, hash: (t: string) => string) {
  // Fewer rows than asked for means all of them; a case may come twice (assigned, and in a team).
  const rows = await visibleCaseIds(ctx.tx, ctx.actor, NAMED_CASES + 1);
  if (rows.length === 0) return null;
  if (rows.length <= NAMED_CASES) {
    const visible = [...new Set(rows)];
    return { scope: { caseIds: visible } satisfies IndexScope, group: visible.map((c) => hash(facet.case(c))) };
  }
  return { scope: { userId: ctx.actor.userId, teamIds: ctx.actor.teamIds } satisfies IndexScope, group: null };
}

/**
 * The documents of the page whose every case the actor may read, by the policy itself: the
 * index query already keeps to the cases in scope, and this is the check that decides.
 */
async function readableDocs(ctx: UseCaseContext, docs: Awaited<ReturnType<typeof documentsBySeq>>) {
  const facts = await caseFactsOf(
    ctx.tx,
    docs.flatMap((d) => d.caseIds),
  );
  const readable = (caseId: string) => {
    const f = facts.get(caseId);
    return f !== undefined && allowsOnCase(ctx.actor, 'read', f);
  };
  return docs.filter((d) => d.caseIds.length > 0 && d.caseIds.every(readable));
}

/**
 * Search the case notes, incidents and testimonies of the cases the user sees, newest first:
 * words in English, Albanian or Persian, and filters by vocabulary term, perpetrator, kind and
 * dates. The index is asked with keyed hashes only; just the page shown is decrypted. Each search
 * is an audit entry (what was filtered on and how much was shown, never the words).
 */
export function searchRecords(deps: Deps, actor: Actor, query: SearchQuery) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'search:run', { type: 'search' });
    const words = query.q ? searchWords(query.q) : [];
    if (query.q !== undefined && words.length === 0) throw new InvalidInputError('q', 'give at least one word');
    if (words.length > MAX_SEARCH_WORDS) {
      throw new InvalidInputError('q', `give at most ${MAX_SEARCH_WORDS} words`);
    }
    const before = query.before === undefined ? undefined : openCursor(deps.cipher, actor.userId, query.before);
    const hash = (t: string) => deps.searchKey.hash(t);
    const all = [
      ...words,
      ...(query.term ? [facet.term(query.term)] : []),
      ...(query.perpetratorId ? [facet.perpetrator(query.perpetratorId)] : []),
      ...(query.kind ? [facet.kind(query.kind)] : []),
    ].map(hash);
    const anyOf: string[][] = [];
    const months = query.from && query.to ? monthsBetween(query.from, query.to, DATE_MONTHS) : null;
    if (months) anyOf.push([...months.map((m) => hash(facet.month(m))), hash(LONG_SPAN)]);

    const scoped = await scopeOf(ctx, hash);
    const items: SearchResult[] = [];
    let next: number | null = null;
    if (scoped) {
      if (scoped.group) anyOf.push(scoped.group);
      const seqs = await matchDocuments(ctx.tx, {
        all,
        anyOf,
        scope: scoped.scope,
        from: query.from,
        to: query.to,
        before,
        limit: query.limit + 1,
      });
      const page = seqs.slice(0, query.limit);
      if (seqs.length > query.limit) next = page[page.length - 1] ?? null;
      const docs = await readableDocs(
        ctx,
        (await documentsBySeq(ctx.tx, page)).sort((a, b) => b.seq - a.seq),
      );
      const texts = await pageTexts(ctx.tx, textIds(docs));
      for (const doc of docs) {
        const shown = presentResult(deps.cipher, doc, texts, words);
        if (shown) items.push(shown);
      }
    }
    await ctx.audit({
      action: 'search.run',
      targetType: 'search',
      details: {
        words: words.length,
        filters: (['term', 'perpetratorId', 'kind', 'from', 'to'] as const).filter((f) => query[f] !== undefined),
        results: items.length,
        documents: items.map((i) => i.id),
      },
    });
    return { items, next: next === null ? null : sealCursor(deps.cipher, actor.userId, next) };
  });
}
