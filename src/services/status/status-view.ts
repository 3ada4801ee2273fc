import type { FieldCipher } from '../../security/field-cipher.js';
import type { LegalStatusRow } from '../../store/legal-status.js';

/** Where the open questions are stored; the cipher binds them to their row. */
const TABLE = 'legal_statuses';
const COLUMN = 'open_questions';

export function sealOpenQuestions(cipher: FieldCipher, statusId: string, text: string | null): Buffer | null {
  return text ? cipher.encrypt(TABLE, COLUMN, statusId, text) : null;
}

/** One entry of a status history, its open questions decrypted for a reader of the case. */
export function legalStatusView(cipher: FieldCipher, row: LegalStatusRow) {
  return {
    id: row.id,
    personId: row.person_id,
    basis: row.basis,
    authorityId: row.authority_id,
    authorityName: row.authority_name,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    openQuestions: row.open_questions ? cipher.decrypt(TABLE, COLUMN, row.id, row.open_questions) : null,
    recordedBy: row.recorded_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
export type LegalStatusView = ReturnType<typeof legalStatusView>;
