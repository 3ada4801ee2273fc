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
  SAFEHOLD_PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) origin such as https://safehold.example.org' })
    .optional(),
  SAFEHOLD_WEBAUTHN_RP_ID: z
    .string()
    .regex(/^[a-z0-9.-]+$/, { error: 'must be a host name such as safehold.example.org' })
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  SAFEHOLD_SMALL_CELL_THRESHOLD: z.coerce.number().int().min(2).max(100).default(5),
  SAFEHOLD_CACHE_MB: z.coerce.number().int().min(2).max(65_536).default(256),
  SAFEHOLD_TRUST_PROXY: z
    .string()
    .regex(/^[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*$/, {
      error: 'must be a comma-separated list of proxy addresses or CIDR ranges',
    })
    .optional(),
});

export interface Config {
  dataDir: string;
  databaseUrl: string | null;
  /**
   * Decrypted pages of the embedded store kept in memory, in MiB. Every page read from the file
   * costs a SQLCipher decryption and HMAC check, and the totals of a large practice read the same
   * pages again; a cache smaller than what they read makes each reading decrypt it all anew.
   */
  cacheMb: number;
  kdfProfile: KdfProfile;
  host: string;
  port: number;
  bodyLimit: number;
  session: { idleTimeoutMs: number; absoluteLifetimeMs: number; stepUpWindowMs: number };
  /** The origin browsers use (HSTS is sent when it is https) and the WebAuthn relying-party id. */
  site: { origin: string; rpId: string };
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges). Without
   * it every client behind a proxy would share the proxy's address, and the per-address login
   * throttle would hold them all back together.
   */
  trustedProxies: string[];
  /** Totals shown to analysts or published hide every count under this threshold (and what would reveal it). */
  disclosure: { smallCellThreshold: number };
}

/** The origin the server is reached at by default: a loopback address is named localhost. */
function defaultOrigin(host: string, port: number): string {
  const name = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(host) ? 'localhost' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** Read configuration from the environment; a bad value is an error naming the variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`configuration: ${String(first?.path[0])} ${first?.message ?? 'is not valid'}`);
  }
  const e = parsed.data;
  const origin = new URL(e.SAFEHOLD_PUBLIC_ORIGIN ?? defaultOrigin(e.HOST, e.PORT)).origin;
  return {
    dataDir: e.SAFEHOLD_DATA_DIR,
    databaseUrl: e.SAFEHOLD_DATABASE_URL ?? null,
    cacheMb: e.SAFEHOLD_CACHE_MB,
    kdfProfile: e.SAFEHOLD_KDF_PROFILE,
    host: e.HOST,
    port: e.PORT,
    bodyLimit: e.SAFEHOLD_BODY_LIMIT_BYTES,
    session: {
      idleTimeoutMs: e.SAFEHOLD_SESSION_IDLE_MINUTES * 60_000,
      absoluteLifetimeMs: e.SAFEHOLD_SESSION_MAX_HOURS * 3_600_000,
      stepUpWindowMs: 5 * 60_000,
    },
    site: { origin, rpId: e.SAFEHOLD_WEBAUTHN_RP_ID ?? new URL(origin).hostname },
    trustedProxies: e.SAFEHOLD_TRUST_PROXY?.split(',') ?? [],
    disclosure: { smallCellThreshold: e.SAFEHOLD_SMALL_CELL_THRESHOLD },
  };
}
