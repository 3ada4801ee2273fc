import { z } from 'zod';
import { KDF_PROFILES, type KdfProfile } from './security/keyfile.js';

const env = z.object({
  SAFEHOLD_DATA_DIR: z.string().min(1).default('./data'),
  SAFEHOLD_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// URL' })
    .optional(),
  SAFEHOLD_KDF_PROFILE: z.enum(Object.keys(KDF_PROFILES) as [KdfProfile, ...KdfProfile[]]).default('moderate'),
  SAFEHOLD_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SAFEHOLD_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  SAFEHOLD_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
});

export interface Config {
  dataDir: string;
  databaseUrl: string | null;
  kdfProfile: KdfProfile;
  host: string;
  port: number;
  bodyLimit: number;
  session: { idleTimeoutMs: number; absoluteLifetimeMs: number; stepUpWindowMs: number };
}

/** Read configuration from the environment; a bad value is an error naming the variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`configuration: ${String(first?.path[0])} ${first?.message ?? 'is not valid'}`);
  }
  const e = parsed.data;
  return {
    dataDir: e.SAFEHOLD_DATA_DIR,
    databaseUrl: e.SAFEHOLD_DATABASE_URL ?? null,
    kdfProfile: e.SAFEHOLD_KDF_PROFILE,
    host: e.HOST,
    port: e.PORT,
    bodyLimit: e.SAFEHOLD_BODY_LIMIT_BYTES,
    session: {
      idleTimeoutMs: e.SAFEHOLD_SESSION_IDLE_MINUTES * 60_000,
      absoluteLifetimeMs: e.SAFEHOLD_SESSION_MAX_HOURS * 3_600_000,
      stepUpWindowMs: 5 * 60_000,
    },
  };
}
