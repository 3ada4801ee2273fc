/** Errors a use case may end with; the API maps each to one HTTP status. */
export class NotFoundError extends Error {
  constructor(readonly resource: string) {
    super(`${resource} not found`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error {
  constructor(readonly action: string) {
    super(`not allowed: ${action}`);
    this.name = 'ForbiddenError';
  }
}

/** An update against a version that is no longer the current one. */
export class ConflictError extends Error {
  constructor(
    readonly resource: string,
    readonly currentVersion: number,
  ) {
    super(`${resource} was changed by someone else (now at version ${currentVersion})`);
    this.name = 'ConflictError';
  }
}

/**
 * The rules broken often enough to be named for the screens, which show them in the reader's
 * language (the message stays the English fallback): a date after today, a change of status the
 * record's status machine does not allow from where it stands, a reference to a record that is not there.
 */
export const INPUT_ERROR_CODES = ['in_future', 'not_allowed_now', 'unknown_record'] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** A rule of the domain broken by otherwise well-formed input. */
export class InvalidInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly code?: InputErrorCode,
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

/** The user must prove who they are again before this action. */
export class StepUpRequiredError extends Error {
  constructor() {
    super('confirm your password or second factor again to continue');
    this.name = 'StepUpRequiredError';
  }
}

/**
 * Access refused. Thrown inside a use case's transaction; the use-case runner rolls the
 * transaction back, records the refusal in the audit log, and surfaces it as "not found"
 * (for records whose existence is itself protected) or "forbidden".
 */
export class AccessRefused extends Error {
  constructor(
    readonly action: string,
    readonly target: { type: string; id: string | null },
    readonly surface: 'not-found' | 'forbidden',
  ) {
    super(`refused: ${action}`);
    this.name = 'AccessRefused';
  }
}
