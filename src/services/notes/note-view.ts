import type { Selectable } from 'kysely';
import type { FieldCipher } from '../../security/field-cipher.js';
import type { CaseNotesTable } from '../../store/schema.js';

export function noteView(cipher: FieldCipher, row: Selectable<CaseNotesTable>) {
  return {
    id: row.id,
    caseId: row.case_id,
    authorId: row.author_id,
    body: cipher.decrypt('case_notes', 'body', row.id, row.body),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
