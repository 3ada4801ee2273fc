import { z } from 'zod';
import { id, isoTimestamp, line } from '../../../domain/common.js';
import { role } from '../../../security/roles.js';

export const loginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const me = z.strictObject({
  userId: id,
  role,
  teamIds: z.array(id),
  sessionId: id,
  /** When the user last proved who they are (password, second factor or step-up). */
  authenticatedAt: isoTimestamp,
  /** False until the session has passed a second factor. */
  secondFactorPassed: z.boolean(),
});

const method = z.enum(['totp', 'recovery-code', 'webauthn']);

export const loginResponse = z.strictObject({
  token: z.string(),
  user: me,
  secondFactor: z.strictObject({
    /** `enrol`: the account has no second factor yet and must set one up; `verify`: enter it. */
    step: z.enum(['enrol', 'verify']),
    methods: z.array(method),
  }),
  /** The password was set by an administrator and expires: choose your own (POST /api/session/password). */
  passwordChangeRequired: z.boolean(),
});

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});

const totpCode = z.string().regex(/^\d{6}$/, { error: 'must be the 6 digits shown by the authenticator app' });
const recoveryCode = z.string().min(1).max(64);

export const stepUpBody = z.union([
  z.strictObject({ password: z.string().min(1).max(128) }),
  z.strictObject({ code: totpCode }),
]);
export const stepUpResponse = z.strictObject({ authenticatedAt: isoTimestamp });

export const sessionItem = z.strictObject({
  id,
  current: z.boolean(),
  secondFactorPassed: z.boolean(),
  createdAt: isoTimestamp,
  lastSeenAt: isoTimestamp,
  expiresAt: isoTimestamp,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export const sessionList = z.strictObject({ items: z.array(sessionItem) });

export const totpEnrolment = z.strictObject({
  /** The secret in base32, for typing into the app by hand. */
  secret: z.string(),
  /** The otpauth:// URI, for a QR code. */
  uri: z.string(),
});
export const totpConfirmBody = z.strictObject({ code: totpCode });
export const enrolledResponse = z.strictObject({
  /** The session's new token when this passed its second factor; the old one no longer works. */
  token: z.string().nullable(),
  /** Shown once: keep them somewhere safe. Empty when the account already has recovery codes. */
  recoveryCodes: z.array(z.string()),
});

export const secondFactorBody = z.union([z.strictObject({ code: totpCode }), z.strictObject({ recoveryCode })]);
export const secondFactorResponse = z.strictObject({ token: z.string(), recoveryCodesLeft: z.number().int() });

export const recoveryCodesResponse = z.strictObject({ recoveryCodes: z.array(z.string()) });

const b64url = z
  .string()
  .max(65_536)
  .regex(/^[A-Za-z0-9_-]*$/, { error: 'must be base64url' });
const transports = z.array(z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'])).max(8);
const clientExtensionResults = z.record(z.string(), z.unknown());
const attachment = z.enum(['platform', 'cross-platform']).optional();

export const webauthnRegistrationBody = z.strictObject({
  name: line(60),
  response: z.object({
    id: b64url,
    rawId: b64url,
    type: z.literal('public-key'),
    authenticatorAttachment: attachment,
    clientExtensionResults,
    response: z.object({
      clientDataJSON: b64url,
      attestationObject: b64url,
      authenticatorData: b64url.optional(),
      transports: transports.optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: b64url.optional(),
    }),
  }),
});

export const webauthnAuthenticationBody = z.strictObject({
  response: z.object({
    id: b64url,
    rawId: b64url,
    type: z.literal('public-key'),
    authenticatorAttachment: attachment,
    clientExtensionResults,
    response: z.object({
      clientDataJSON: b64url,
      authenticatorData: b64url,
      signature: b64url,
      userHandle: b64url.optional(),
    }),
  }),
});
export const webauthnAuthenticationResponse = z.strictObject({
  token: z.string().nullable(),
  authenticatedAt: isoTimestamp,
});

const credentialDescriptor = z.object({
  id: z.string(),
  type: z.string(),
  transports: z.array(z.string()).optional(),
});

/** The options for navigator.credentials.create(), in the WebAuthn JSON form. */
export const webauthnCreationOptions = z.object({
  rp: z.object({ name: z.string(), id: z.string().optional() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  challenge: z.string(),
  pubKeyCredParams: z.array(z.object({ alg: z.number().int(), type: z.string() })),
  timeout: z.number().int().optional(),
  excludeCredentials: z.array(credentialDescriptor).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.string().optional(),
      residentKey: z.string().optional(),
      requireResidentKey: z.boolean().optional(),
      userVerification: z.string().optional(),
    })
    .optional(),
  attestation: z.string().optional(),
});

/** The options for navigator.credentials.get(), in the WebAuthn JSON form. */
export const webauthnRequestOptions = z.object({
  challenge: z.string(),
  timeout: z.number().int().optional(),
  rpId: z.string().optional(),
  allowCredentials: z.array(credentialDescriptor).optional(),
  userVerification: z.string().optional(),
});
