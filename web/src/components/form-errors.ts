import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
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

/** The field messages of a refused request, or the whole refusal under `''` when no field is named. */
export function errorsOf(err: unknown, fallback: string): FieldErrors {
  if (err instanceof ApiError && Object.keys(err.fields).length > 0) return err.fields;
  return { '': fallback };
}
