import { createHash, randomInt } from 'node:crypto';

/**
 * One-time recovery codes for when the authenticator is lost. Each has 120 random bits
 * (24 characters of base32), so a plain SHA-256 is enough to store it (ASVS: lookup secrets
 * of 112 bits or more need no slow hash).
 */
const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const LENGTH = 24;
const GROUP = 6;

/** New codes to show the user once, and their stored form. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const raw = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: LENGTH }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join(''),
  );
  return {
    codes: raw.map((code) => code.match(new RegExp(`.{${GROUP}}`, 'g'))?.join('-') ?? code),
    hashes: raw.map(digest),
  };
}

/** The stored form of a code as typed (case, spaces and dashes ignored); null if it cannot be one. */
export function hashRecoveryCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]/g, '');
  if (!new RegExp(`^[${ALPHABET}]{${LENGTH}}$`).test(code)) return null;
  return digest(code);
}

function digest(code: string): string {
  return createHash('sha256').update(`safehold/recovery-code/v1\0${code}`, 'utf8').digest('hex');
}
