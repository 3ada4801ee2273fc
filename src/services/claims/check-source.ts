import type { ClaimSource } from '../../domain/claim.js';
import { findNote } from '../../store/case-notes.js';
import { documentOnCases } from '../../store/claims.js';
import { engagementCaseIds, findMinutesItem } from '../../store/engagements.js';
import { mayActOnAll } from '../engagements/case-set-access.js';
import { InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * The source of a claim must be something the actor may read: an item of the minutes of an
 * engagement they see, a note on one of the topic's cases, or a document of someone on them.
 */
export async function checkSource(ctx: UseCaseContext, source: ClaimSource, caseIds: readonly string[], field: string) {
  const found = await sourceVisible(ctx, source, caseIds);
  if (!found)
    throw new InvalidInputError(`${field}.id`, `no ${source.kind.replace('_', ' ')} you may read has this id`);
}

async function sourceVisible(ctx: UseCaseContext, source: ClaimSource, caseIds: readonly string[]) {
  switch (source.kind) {
    case 'minutes_item': {
      const item = await findMinutesItem(ctx.tx, source.id);
      return (
        item !== undefined && (await mayActOnAll(ctx, await engagementCaseIds(ctx.tx, item.engagement_id), 'read'))
      );
    }
    case 'note':
      for (const caseId of caseIds) if (await findNote(ctx.tx, caseId, source.id)) return true;
      return false;
    case 'document':
      return documentOnCases(ctx.tx, source.id, caseIds);
  }
}
