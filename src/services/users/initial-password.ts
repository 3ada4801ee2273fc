import { randomBytes } from 'node:crypto';

/** A random password (128 bits) for an account an administrator creates or resets. */
export function generatePassword(): string {
  return randomBytes(16).toString('base64url');
}
