import { randomUUID } from 'node:crypto';
import { dateOf } from '../../domain/calendar.js';
import type { DocumentInput } from '../../domain/document.js';
import type { Actor } from '../../security/roles.js';
import { findDocument, insertDocument } from '../../store/documents.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { givenFields } from '../support/given-fields.js';
import { requireKnownOrganization } from '../support/known-organization.js';
import { runUseCase } from '../use-case.js';
import { documentView, sealNotes, sealNumber } from './document-view.js';

/** Record a document or permit of a person; its number is encrypted and never audited. */
export function recordDocument(deps: Deps, actor: Actor, personId: string, input: DocumentInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { caseId } = await requirePerson(ctx, personId, 'document:update', null);
    await requireKnownOrganization(ctx, 'issuerOrganizationId', input.issuerOrganizationId);
    const id = randomUUID();
    const at = ctx.now.toISOString();
    await insertDocument(ctx.tx, {
      id,
      person_id: personId,
      kind: input.kind,
      state: input.state,
      number: sealNumber(deps.cipher, id, input.number ?? null),
      issuer_organization_id: input.issuerOrganizationId ?? null,
      issuer_text: input.issuerText ?? null,
      issued_on: input.issuedOn ?? null,
      expires_on: input.expiresOn ?? null,
      notes: sealNotes(deps.cipher, id, input.notes ?? null),
      recorded_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await ctx.audit({
      action: 'document.create',
      targetType: 'document',
      targetId: id,
      caseId,
      details: { personId, kind: input.kind, fields: givenFields(input) },
    });
    const row = await findDocument(ctx.tx, personId, id);
    if (!row) throw new NotFoundError('document');
    return documentView(deps.cipher, row, dateOf(ctx.now));
  });
}
