export interface SessionSettings {
  /** A session unused for this long ends. */
  idleTimeoutMs: number;
  /** A session ends this long after login, used or not. */
  absoluteLifetimeMs: number;
  /** Revealing a protected identity needs a password or second-factor check this recent. */
  stepUpWindowMs: number;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  idleTimeoutMs: 30 * 60_000,
  absoluteLifetimeMs: 12 * 60 * 60_000,
  stepUpWindowMs: 5 * 60_000,
};
