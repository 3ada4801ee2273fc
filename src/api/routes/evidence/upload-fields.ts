import type { MultipartFields } from '@fastify/multipart';
import { evidenceFields, type EvidenceFields } from '../../../domain/evidence.js';
import { InvalidInputError } from '../../../services/errors.js';

/** The field that carries the file; the other fields come before it in the form. */
export const FILE_FIELD = 'file';

/** The text fields sent before the file, checked like any body: an error names the field. */
export function parseUploadFields(fields: MultipartFields): EvidenceFields {
  const values: Record<string, unknown> = {};
  for (const [name, part] of Object.entries(fields)) {
    if (name === FILE_FIELD || part === undefined) continue;
    if (Array.isArray(part) || part.type !== 'field')
      throw new InvalidInputError(name, 'send this field once, as text');
    values[name] = part.value;
  }
  const parsed = evidenceFields.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : FILE_FIELD);
  throw new InvalidInputError(field, issue?.message ?? 'is not valid');
}
