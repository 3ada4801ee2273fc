import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import i18next from 'i18next';
import { PROBLEM_TYPES } from '../../../src/api/problem';
import { ApiError } from '../api/client';

export type FieldErrors = Readonly<Record<string, string>>;

/**
 * Check input with the API's own zod schema before sending, so each field shows the rule the
 * server applies; the message is the catalog's for the rule (common:validation.<code>).
 */
export function useFieldCheck() {
  const { t } = useTranslation('common');
  return <S extends z.ZodType>(schema: S, input: unknown): { data: z.infer<S> } | { errors: FieldErrors } => {
    const result = schema.safeParse(input);
    if (result.success) return { data: result.data };
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const field = issue.path.join('.');
      errors[field] ??= t(`validation.${issue.code}`, { defaultValue: issue.message, ...issue });
    }
    return { errors };
  };
}

/** Refusals the reader can act on, by problem type: the catalog's words (common:problems.<name>) say what to do. */
const PROBLEMS: Partial<Record<string, string>> = {
  [PROBLEM_TYPES.forbidden]: 'forbidden',
  [PROBLEM_TYPES.conflict]: 'conflict',
  [PROBLEM_TYPES.stepUp]: 'stepUp',
  [PROBLEM_TYPES.tooLarge]: 'tooLarge',
  [PROBLEM_TYPES.unsupportedMedia]: 'unsupportedMedia',
  [PROBLEM_TYPES.tooMany]: 'tooMany',
  [PROBLEM_TYPES.internal]: 'internal',
};

/**
 * The field messages of a refused request in the reader's language where the server names the
 * rule (common:validation.<code>, as for the same check here), its own words otherwise; or the
 * whole refusal under `''` when no field is named: the problem's words if it is one the reader
 * can act on, else `fallback`.
 */
export function errorsOf(err: unknown, fallback: string): FieldErrors {
  if (!(err instanceof ApiError)) return { '': fallback };
  if (Object.keys(err.fields).length > 0) {
    return Object.fromEntries(
      Object.entries(err.fields).map(([field, message]) => {
        const code = err.codes[field];
        return [field, code ? i18next.t(`common:validation.${code}`, { defaultValue: message }) : message];
      }),
    );
  }
  const problem = PROBLEMS[err.problem.type];
  return { '': problem ? i18next.t(`common:problems.${problem}`) : fallback };
}
