import { z } from 'zod';

/**
 * A refinement for an object with a start and an end date: the end may not come before the
 * start. The error is reported on the end field, which is the one to correct.
 */
export function endNotBeforeStart<K extends string, L extends string>(start: K, end: L) {
  return (value: Partial<Record<K | L, string | null | undefined>>, ctx: z.RefinementCtx) => {
    const from = value[start];
    const to = value[end];
    if (from && to && to < from) {
      ctx.addIssue({ code: 'custom', path: [end], message: `must not be before ${start} (${from})` });
    }
  };
}
