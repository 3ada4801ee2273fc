import { z } from 'zod';
import { id } from './common.js';

function exactlyOne(value: Record<string, string | undefined>): boolean {
  return Object.values(value).filter((v) => v !== undefined).length === 1;
}

/** Who said or did something: a person (an official, or someone on a case) or an organization. */
export const attribution = z
  .strictObject({ personId: id.optional(), organizationId: id.optional() })
  .refine(exactlyOne, { error: 'give exactly one of personId and organizationId' });
export type Attribution = z.infer<typeof attribution>;

/** Who spoke in a meeting: also one of our own staff, such as the lawyer asking the questions. */
export const speaker = z
  .strictObject({ personId: id.optional(), organizationId: id.optional(), userId: id.optional() })
  .refine(exactlyOne, { error: 'give exactly one of personId, organizationId and userId' });
