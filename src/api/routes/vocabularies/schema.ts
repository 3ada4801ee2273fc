import { z } from 'zod';
import { listName, locale, localTermInput } from '../../../domain/vocabulary.js';

export const vocabulariesResponse = z.strictObject({
  items: z.array(z.strictObject({ code: z.number().int(), name: z.string(), terms: z.number().int() })),
});

const termFields = {
  vocabNumber: z.string(),
  list: z.string(),
  parent: z.string().nullable(),
  level: z.number().int(),
  order: z.number().int(),
  origin: z.enum(['huridocs', 'local']),
  label: z.string(),
  /** The locale the label is in: the one asked for, or English when the term has none in it. */
  locale,
};

export const term = z.strictObject(termFields);

interface TermNode extends z.infer<typeof term> {
  children: TermNode[];
}
export const termNode: z.ZodType<TermNode> = z.strictObject({
  ...termFields,
  get children() {
    return z.array(termNode);
  },
});

export const listParams = z.strictObject({ list: listName });
export const vocabularyQuery = z.strictObject({ locale: locale.default('en') });
export const vocabularyResponse = z.strictObject({
  code: z.number().int(),
  name: z.string(),
  locale,
  terms: z.array(termNode),
});
export const localTermBody = localTermInput;
