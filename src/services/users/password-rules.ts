import { codePoints } from '../../domain/text.js';
import { isCommonPassword } from '../../security/common-passwords.js';
import { InvalidInputError } from '../errors.js';

/**
 * NIST SP 800-63B / ASVS: length 8–128, no composition rules, not one of the most common
 * passwords, not the user's own name.
 */
export function checkNewPassword(password: string, personal: readonly string[]): void {
  const length = codePoints(password);
  if (length < 8) throw new InvalidInputError('password', 'must have at least 8 characters');
  if (length > 128) throw new InvalidInputError('password', 'must have at most 128 characters');
  if (isCommonPassword(password)) {
    throw new InvalidInputError('password', 'is one of the most common passwords: choose another');
  }
  const lower = password.toLowerCase();
  if (personal.some((p) => p.length >= 3 && lower.includes(p.toLowerCase()))) {
    throw new InvalidInputError('password', 'must not contain your username or name');
  }
}
