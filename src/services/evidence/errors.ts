import type { VerifyOutcome } from '../../files/verify.js';

/** A stored evidence file that is not, byte for byte, what was taken in: it is not handed out. */
export class EvidenceDamagedError extends Error {
  constructor(
    readonly evidenceId: string,
    readonly outcome: Exclude<VerifyOutcome, { status: 'intact' }>,
  ) {
    super(`evidence ${evidenceId} cannot be handed out: ${outcome.detail}`);
    this.name = 'EvidenceDamagedError';
  }
}
