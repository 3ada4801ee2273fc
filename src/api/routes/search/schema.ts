import { z } from 'zod';
import { id, isoDate } from '../../../domain/common.js';
import { SEARCH_KINDS, searchQuery } from '../../../domain/search-query.js';

export const searchParams = searchQuery;

export const searchResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      kind: z.enum(SEARCH_KINDS),
      id,
      incidentId: id.nullable(),
      caseIds: z.array(id),
      title: z.string().nullable(),
      excerpt: z.string(),
      occurredFrom: isoDate,
      occurredTo: isoDate,
    }),
  ),
  /** Pass as `before` for the next (older) page; null on the last page. */
  next: z.string().nullable(),
});
