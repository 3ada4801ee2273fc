import { NodeCryptoPlugin } from '@otplib/plugin-crypto-node';
import { generateSecret, generateURI, verify } from 'otplib';

/**
 * Time-based one-time passwords (RFC 6238): SHA-1, 6 digits, 30-second steps, as every
 * authenticator app expects. HMAC and randomness come from node:crypto.
 */
const crypto = new NodeCryptoPlugin();
const PERIOD_SECONDS = 30;
/** A code of the step before or after the current one is accepted: clocks drift. */
const TOLERANCE_SECONDS = PERIOD_SECONDS;
const ISSUER = 'Safehold';

/** A new 160-bit secret, base32. */
export function newTotpSecret(): string {
  return generateSecret({ crypto, length: 20 });
}

/** The otpauth:// URI an authenticator app reads (usually from a QR code). */
export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: ISSUER, label: account, secret, period: PERIOD_SECONDS });
}

/**
 * The time step of `code` if it is valid at `at` and newer than `afterStep` (the last step
 * accepted for this user), otherwise null. A code can therefore be used once.
 */
export async function checkTotp(
  secret: string,
  code: string,
  at: Date,
  afterStep: number | null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    crypto,
    period: PERIOD_SECONDS,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
