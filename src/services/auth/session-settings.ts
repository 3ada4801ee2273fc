export interface SessionSettings {
  /** A session unused for this long ends. */
  idleTimeoutMs: number;
  /** A session ends this long after login, used or not. */
  absoluteLifetimeMs: number;
  /** Revealing a protected identity needs a password or second-factor check this recent. */
  stepUpWindowMs: number;
  /** A session that has passed the password but not the second factor ends this long after login. */
  pendingLifetimeMs: number;
  /** A password set by an administrator or the operator works this long, until the user sets their own. */
  temporaryPasswordMs: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  idleTimeoutMs: 30 * 60_000,
  absoluteLifetimeMs: 12 * 60 * 60_000,
  stepUpWindowMs: 5 * 60_000,
  pendingLifetimeMs: 10 * 60_000,
  temporaryPasswordMs: 72 * 60 * 60_000,
};
