import type { Updateable } from 'kysely';
import { dateOf } from '../../domain/calendar.js';
import type { DocumentPatch } from '../../domain/document.js';
import type { Actor } from '../../security/roles.js';
import { findDocument, updateDocument as updateRow } from '../../store/documents.js';
import type { PersonDocumentsTable } from '../../store/schema.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import { givenFields } from '../support/given-fields.js';
import { requireKnownOrganization } from '../support/known-organization.js';
import { runUseCase } from '../use-case.js';
import { documentView, sealNotes, sealNumber } from './document-view.js';

/**
 * Change a document (its state, dates, issuer, number or notes) by version. Giving the issuer
 * one way clears the other; the audit names the fields, never the number.
 */
export function updateDocument(deps: Deps, actor: Actor, personId: string, documentId: string, patch: DocumentPatch) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'document:update', null);
    const stored = await findDocument(ctx.tx, personId, documentId);
    if (!stored) throw new NotFoundError('document');
    if (stored.version !== patch.version) throw new ConflictError('document', stored.version);
    await requireKnownOrganization(ctx, 'issuerOrganizationId', patch.issuerOrganizationId);
    const issuedOn = patch.issuedOn === undefined ? stored.issued_on : patch.issuedOn;
    const expiresOn = patch.expiresOn === undefined ? stored.expires_on : patch.expiresOn;
    if (issuedOn !== null && expiresOn !== null && expiresOn < issuedOn) {
      throw new InvalidInputError(
        patch.expiresOn === undefined ? 'issuedOn' : 'expiresOn',
        `the document would expire (${expiresOn}) before it was issued (${issuedOn})`,
      );
    }
    const changes: Updateable<PersonDocumentsTable> = { updated_at: ctx.now.toISOString() };
    if (patch.kind !== undefined) changes.kind = patch.kind;
    if (patch.state !== undefined) changes.state = patch.state;
    if (patch.number !== undefined) changes.number = sealNumber(deps.cipher, documentId, patch.number);
    if (patch.issuerOrganizationId !== undefined) {
      changes.issuer_organization_id = patch.issuerOrganizationId;
      if (patch.issuerOrganizationId !== null) changes.issuer_text = null;
    }
    if (patch.issuerText !== undefined) {
      changes.issuer_text = patch.issuerText;
      if (patch.issuerText !== null) changes.issuer_organization_id = null;
    }
    if (patch.issuedOn !== undefined) changes.issued_on = patch.issuedOn;
    if (patch.expiresOn !== undefined) changes.expires_on = patch.expiresOn;
    if (patch.notes !== undefined) changes.notes = sealNotes(deps.cipher, documentId, patch.notes);
    if (!(await updateRow(ctx.tx, documentId, patch.version, changes))) {
      throw new ConflictError('document', stored.version + 1);
    }
    await ctx.audit({
      action: 'document.update',
      targetType: 'document',
      targetId: documentId,
      caseId,
      details: { personId, fields: givenFields(patch) },
    });
    const row = await findDocument(ctx.tx, personId, documentId);
    if (!row) throw new NotFoundError('document');
    return documentView(deps.cipher, row, dateOf(ctx.now));
  });
}
