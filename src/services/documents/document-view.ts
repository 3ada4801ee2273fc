import { isValidOn } from '../../domain/document.js';
import type { FieldCipher } from '../../security/field-cipher.js';
import type { DocumentRow } from '../../store/documents.js';

/** Where a document's encrypted fields are stored; the cipher binds each to its row. */
const TABLE = 'person_documents';

export function sealNumber(cipher: FieldCipher, documentId: string, number: string | null): Buffer | null {
  return number ? cipher.encrypt(TABLE, 'number', documentId, number) : null;
}

export function openNumber(cipher: FieldCipher, documentId: string, sealed: Uint8Array): string {
  return cipher.decrypt(TABLE, 'number', documentId, sealed);
}

export function sealNotes(cipher: FieldCipher, documentId: string, notes: string | null): Buffer | null {
  return notes ? cipher.encrypt(TABLE, 'notes', documentId, notes) : null;
}

/** A document as lists show it: whether a number is on record, never the number. */
export function documentView(cipher: FieldCipher, row: DocumentRow, on: string) {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind,
    state: row.state,
    numberRecorded: row.number !== null,
    issuerOrganizationId: row.issuer_organization_id,
    issuerOrganizationName: row.issuer_organization_name,
    issuerText: row.issuer_text,
    issuedOn: row.issued_on,
    expiresOn: row.expires_on,
    validOn: isValidOn({ state: row.state, expiresOn: row.expires_on }, on),
    notes: row.notes ? cipher.decrypt(TABLE, 'notes', row.id, row.notes) : null,
    recordedBy: row.recorded_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
export type DocumentView = ReturnType<typeof documentView>;
