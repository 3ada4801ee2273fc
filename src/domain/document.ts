import { z } from 'zod';
import { id, isoDate, line, text, version } from './common.js';

export const DOCUMENT_KINDS = [
  'passport',
  'travel_document',
  'identity_card',
  'residence_permit',
  'work_permit',
  'other',
] as const;
export const documentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKind>;

export const DOCUMENT_STATES = [
  'held',
  'expired',
  'lost',
  'withheld_by_organization',
  'applied_for',
  'refused',
  'never_had',
] as const;
export const documentState = z.enum(DOCUMENT_STATES);
export type DocumentState = z.infer<typeof documentState>;

/** What a client may lack: a valid work permit, or any valid travel document (passport or travel document). */
export const DOCUMENT_NEEDS = ['work_permit', 'travel_document'] as const;
export type DocumentNeed = (typeof DOCUMENT_NEEDS)[number];

/** The kinds with which a person can cross a border. */
export const TRAVEL_DOCUMENT_KINDS: readonly DocumentKind[] = ['passport', 'travel_document'];

/** The document number: protected (encrypted at rest, shown only on an audited reveal). */
export const documentNumber = line(100);

const expiresNotBeforeIssued = { error: 'must not be before issuedOn', path: ['expiresOn'] };
const oneIssuer = { error: 'give the issuer as an organization or as text, not both', path: ['issuerText'] };

const documentFields = {
  number: documentNumber.nullish(),
  /** The issuer as an organization of the records, or as text when it is not one. */
  issuerOrganizationId: id.nullish(),
  issuerText: line(200).nullish(),
  issuedOn: isoDate.nullish(),
  expiresOn: isoDate.nullish(),
  notes: text(4000).nullish(),
};

export const documentInput = z
  .strictObject({ kind: documentKind, state: documentState, ...documentFields })
  .refine((v) => !v.issuedOn || !v.expiresOn || v.expiresOn >= v.issuedOn, expiresNotBeforeIssued)
  .refine((v) => !v.issuerOrganizationId || !v.issuerText, oneIssuer);
export type DocumentInput = z.infer<typeof documentInput>;

/** A change to a document; dates and issuer are checked again together with the stored ones. */
export const documentPatch = z
  .strictObject({
    version,
    kind: documentKind.optional(),
    state: documentState.optional(),
    ...documentFields,
  })
  .refine((v) => !v.issuedOn || !v.expiresOn || v.expiresOn >= v.issuedOn, expiresNotBeforeIssued)
  .refine((v) => !v.issuerOrganizationId || !v.issuerText, oneIssuer);
export type DocumentPatch = z.infer<typeof documentPatch>;

/** Whether a document can be used on a date: held, and not past its expiry. */
export function isValidOn(doc: { state: DocumentState; expiresOn: string | null }, on: string): boolean {
  return doc.state === 'held' && (doc.expiresOn === null || doc.expiresOn >= on);
}
