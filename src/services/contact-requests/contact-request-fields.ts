import {
  requester as requesterSchema,
  sharedWithRequester as sharedSchema,
  soughtPerson as soughtSchema,
  type Requester,
  type SharedWithRequester,
  type SoughtPerson,
} from '../../domain/contact-request.js';
import type { FieldCipher } from '../../security/field-cipher.js';

/** The protected parts of a contact request, each bound to its column and row by the cipher. */
const TABLE = 'contact_requests';

export const sealRequester = (c: FieldCipher, id: string, v: Requester) => c.encryptJson(TABLE, 'requester', id, v);
export const openRequester = (c: FieldCipher, id: string, b: Uint8Array): Requester =>
  requesterSchema.parse(c.decryptJson(TABLE, 'requester', id, b));

export const sealSought = (c: FieldCipher, id: string, v: SoughtPerson) => c.encryptJson(TABLE, 'sought', id, v);
export const openSought = (c: FieldCipher, id: string, b: Uint8Array): SoughtPerson =>
  soughtSchema.parse(c.decryptJson(TABLE, 'sought', id, b));

export const sealShared = (c: FieldCipher, id: string, v: SharedWithRequester) => c.encryptJson(TABLE, 'shared', id, v);
export const openShared = (c: FieldCipher, id: string, b: Uint8Array): SharedWithRequester =>
  sharedSchema.parse(c.decryptJson(TABLE, 'shared', id, b));

export const sealMessage = (c: FieldCipher, id: string, v: string) => c.encrypt(TABLE, 'message', id, v);
export const openMessage = (c: FieldCipher, id: string, b: Uint8Array) => c.decrypt(TABLE, 'message', id, b);
