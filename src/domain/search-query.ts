import { z } from 'zod';
import { id, isoDate, line } from './common.js';
import { vocabNumber } from './vocabulary.js';

/** What a search returns: case notes, incidents, and testimonies (what a source said of an incident). */
export const SEARCH_KINDS = ['note', 'incident', 'testimony'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Words in one search: each must be in a document for it to be found. */
export const MAX_SEARCH_WORDS = 12;

export const searchQuery = z
  .strictObject({
    /** Words, in English, Albanian or Persian (any spelling of the letters, with or without accents). */
    q: line(300).optional(),
    /** A vocabulary term: incidents (and their testimonies) classified with it or with a term below it. */
    term: vocabNumber.optional(),
    /** A person or organization recorded as perpetrator of an act. */
    perpetratorId: id.optional(),
    /** The days the record's dates must overlap, both included. */
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: z.enum(SEARCH_KINDS).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    /** The cursor of the previous page, to page back. */
    before: z.string().max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.q && !v.term && !v.perpetratorId && !v.from && !v.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['q'],
        message: 'give words to search for, or a filter (term, perpetratorId, from, to)',
      });
    }
    if (v.from && v.to && v.to < v.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${v.from})` });
    }
  });
export type SearchQuery = z.infer<typeof searchQuery>;
