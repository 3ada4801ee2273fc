import { FileRefusedError } from '../../../files/errors.js';
import { EvidenceDamagedError } from '../../../services/evidence/errors.js';
import { PROBLEM_TYPES, type Problem } from '../../problem.js';

export const EVIDENCE_DAMAGED = 'https://safehold.invalid/problems/evidence-damaged';

/** Status of each refusal: too large 413, not an accepted type or not the type it claims 415, else 400. */
const STATUS: Record<FileRefusedError['reason'], 400 | 413 | 415> = {
  empty: 400,
  'too-large': 413,
  'type-not-accepted': 415,
  'type-mismatch': 415,
  'image-too-large': 413,
  unreadable: 400,
  'archive-limits': 413,
};

/** The problem+json answer for a refused upload (naming the field `file`) or a damaged stored file. */
export function evidenceProblem(err: unknown): Problem | null {
  if (err instanceof FileRefusedError) {
    const status = STATUS[err.reason];
    const type =
      status === 413
        ? PROBLEM_TYPES.tooLarge
        : status === 415
          ? PROBLEM_TYPES.unsupportedMedia
          : PROBLEM_TYPES.validation;
    return {
      type,
      title: 'The file was refused',
      status,
      detail: err.message,
      errors: [{ field: 'file', message: err.message, code: `file_${err.reason.replaceAll('-', '_')}` }],
    };
  }
  if (err instanceof EvidenceDamagedError) {
    return { type: EVIDENCE_DAMAGED, title: 'The stored evidence file is damaged', status: 500, detail: err.message };
  }
  return null;
}
