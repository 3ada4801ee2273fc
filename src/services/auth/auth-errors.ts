/** The same answer for an unknown user, a wrong password and a disabled account. */
export class LoginFailedError extends Error {
  constructor() {
    super('unknown user or wrong password');
    this.name = 'LoginFailedError';
  }
}

/** Too many failed attempts for this account or from this address: try again later. */
export class ThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed attempts: try again in ${retryAfterSeconds} s`);
    this.name = 'ThrottledError';
  }
}
