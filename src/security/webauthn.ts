import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  type WebAuthnCredential,
} from '@simplewebauthn/server';

export type { AuthenticationResponseJSON, RegistrationResponseJSON };

/** Where the application is served: WebAuthn binds each credential to this origin and RP id. */
export interface SiteSettings {
  /** The origin browsers see, such as https://safehold.example.org. */
  origin: string;
  /** The WebAuthn relying-party id: the origin's host name or a parent domain of it. */
  rpId: string;
}

const RP_NAME = 'Safehold';
/** How long a ceremony may take, in milliseconds. */
export const CEREMONY_TIMEOUT_MS = 120_000;

export interface StoredCredential {
  id: string;
  publicKey: Uint8Array<ArrayBuffer>;
  counter: number;
  transports: string[];
}

export function registrationOptions(
  site: SiteSettings,
  user: { id: string; username: string; displayName: string },
  existing: readonly StoredCredential[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: site.rpId,
    userName: user.username,
    userDisplayName: user.displayName,
    userID: new TextEncoder().encode(user.id),
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({ id: c.id, transports: c.transports })),
    authenticatorSelection: { residentKey: 'discouraged', userVerification: 'preferred' },
  });
}

/** The new credential if the response answers `challenge` from this site; null otherwise. */
export async function verifyRegistration(
  site: SiteSettings,
  response: RegistrationResponseJSON,
  challenge: string,
): Promise<StoredCredential | null> {
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: site.origin,
    expectedRPID: site.rpId,
    requireUserVerification: false,
  }).catch(() => null);
  if (!result?.verified) return null;
  const c: WebAuthnCredential = result.registrationInfo.credential;
  return { id: c.id, publicKey: c.publicKey, counter: c.counter, transports: c.transports ?? [] };
}

export function authenticationOptions(
  site: SiteSettings,
  credentials: readonly StoredCredential[],
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: site.rpId,
    timeout: CEREMONY_TIMEOUT_MS,
    allowCredentials: credentials.map((c) => ({ id: c.id, transports: c.transports })),
    userVerification: 'preferred',
  });
}

/** The credential's new signature counter if the assertion is valid; null otherwise. */
export async function verifyAuthentication(
  site: SiteSettings,
  response: AuthenticationResponseJSON,
  challenge: string,
  credential: StoredCredential,
): Promise<number | null> {
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: site.origin,
    expectedRPID: site.rpId,
    credential: { id: credential.id, publicKey: credential.publicKey, counter: credential.counter },
    requireUserVerification: false,
  }).catch(() => null);
  return result?.verified ? result.authenticationInfo.newCounter : null;
}
