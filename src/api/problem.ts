import { z } from 'zod';

/** RFC 9457 problem details, with the fields that were wrong. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  /** Each field that was wrong, with a code for the rule where there is one (a zod issue code, or one of INPUT_ERROR_CODES). */
  errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.string().optional() })).optional(),
  currentVersion: z.number().int().optional(),
});
export type Problem = z.infer<typeof problem>;

export const PROBLEM_TYPES = {
  validation: 'https://safehold.invalid/problems/validation',
  notFound: 'https://safehold.invalid/problems/not-found',
  forbidden: 'https://safehold.invalid/problems/forbidden',
  unauthorized: 'https://safehold.invalid/problems/unauthorized',
  conflict: 'https://safehold.invalid/problems/conflict',
  stepUp: 'https://safehold.invalid/problems/step-up-required',
  secondFactorRequired: 'https://safehold.invalid/problems/second-factor-required',
  crossSite: 'https://safehold.invalid/problems/cross-site-request',
  tooLarge: 'https://safehold.invalid/problems/payload-too-large',
  unsupportedMedia: 'https://safehold.invalid/problems/unsupported-media-type',
  tooMany: 'https://safehold.invalid/problems/too-many-requests',
  internal: 'https://safehold.invalid/problems/internal',
} as const;

/** The standard problem responses every route may give, for the OpenAPI document. */
export const problemResponses = {
  400: problem,
  401: problem,
  403: problem,
  404: problem,
  409: problem,
} as const;
