import type { Identity, Location } from '../../domain/person.js';
import { identity as identitySchema, location as locationSchema } from '../../domain/person.js';
import type { FieldCipher } from '../../security/field-cipher.js';

/** Where each protected part of a person is stored; the cipher binds it to this place. */
const TABLE = 'person_identities';

export function sealIdentity(cipher: FieldCipher, personId: string, value: Identity): Buffer {
  return cipher.encryptJson(TABLE, 'identity', personId, value);
}

export function openIdentity(cipher: FieldCipher, personId: string, sealed: Uint8Array): Identity {
  return identitySchema.parse(cipher.decryptJson(TABLE, 'identity', personId, sealed));
}

export function sealLocation(cipher: FieldCipher, personId: string, value: Location): Buffer {
  return cipher.encryptJson(TABLE, 'location', personId, value);
}

export function openLocation(cipher: FieldCipher, personId: string, sealed: Uint8Array): Location {
  return locationSchema.parse(cipher.decryptJson(TABLE, 'location', personId, sealed));
}
