import type { FieldCipher } from '../../security/field-cipher.js';
import { InvalidInputError } from '../errors.js';

/**
 * The cursor of a page of results: the place in the index where the next page starts, sealed
 * for the user who searched. In the clear it would tell how many records the whole practice
 * holds; sealed, it is opaque and of no use to anyone else.
 */
export function sealCursor(cipher: FieldCipher, userId: string, seq: number): string {
  return cipher.encrypt('search', 'cursor', userId, String(seq)).toString('base64url');
}

export function openCursor(cipher: FieldCipher, userId: string, cursor: string): number {
  try {
    const seq = Number(cipher.decrypt('search', 'cursor', userId, Buffer.from(cursor, 'base64url')));
    if (Number.isSafeInteger(seq) && seq > 0) return seq;
  } catch {
    // Reported below, the same for every cursor that is not one of ours.
  }
  throw new InvalidInputError('before', 'is not a cursor of a previous page of your results');
}
