import { z } from 'zod';
import { HASH_BYTES } from './audit-merkle.js';
import { PUBLIC_KEY_BYTES, SIGNATURE_BYTES, signatureValid, type AuditSigner } from './audit-signer.js';

/** What a checkpoint states: the log had this many entries, with this Merkle root and chain head. */
export interface CheckpointHead {
  treeSize: number;
  rootHash: Buffer;
  /** The hash-chain value of the last entry covered (the zero hash for an empty log). */
  chainHash: Buffer;
  signedAt: string;
}

export interface SignedCheckpoint extends CheckpointHead {
  publicKey: Buffer;
  signature: Buffer;
}

export const CHECKPOINT_FORMAT = 'safehold-audit-checkpoint/v1';

/** The exact bytes that are signed: one field per line, so another tool can rebuild them. */
export function checkpointMessage(head: CheckpointHead): Buffer {
  return Buffer.from(
    [
      CHECKPOINT_FORMAT,
      `size ${head.treeSize}`,
      `root ${head.rootHash.toString('hex')}`,
      `chain ${head.chainHash.toString('hex')}`,
      `time ${head.signedAt}`,
      '',
    ].join('\n'),
    'utf8',
  );
}

export function signCheckpoint(signer: AuditSigner, head: CheckpointHead): SignedCheckpoint {
  return { ...head, publicKey: signer.publicKey, signature: signer.sign(checkpointMessage(head)) };
}

/** The signature is valid and was made by `expectedKey` (this installation's key). */
export function checkpointSignedBy(cp: SignedCheckpoint, expectedKey: Buffer): boolean {
  return cp.publicKey.equals(expectedKey) && signatureValid(cp.publicKey, checkpointMessage(cp), cp.signature);
}

const hex = (bytes: number) =>
  z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), { error: `must be ${bytes} bytes as lowercase hex` });

/** A checkpoint as JSON, to be kept away from the installation and checked against it later. */
export const checkpointJson = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  treeSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  rootHash: hex(HASH_BYTES),
  chainHash: hex(HASH_BYTES),
  signedAt: z.iso.datetime({ error: 'must be an ISO-8601 timestamp' }),
  publicKey: hex(PUBLIC_KEY_BYTES),
  signature: hex(SIGNATURE_BYTES),
});
export type CheckpointJson = z.infer<typeof checkpointJson>;

export function checkpointToJson(cp: SignedCheckpoint): CheckpointJson {
  return {
    format: CHECKPOINT_FORMAT,
    treeSize: cp.treeSize,
    rootHash: cp.rootHash.toString('hex'),
    chainHash: cp.chainHash.toString('hex'),
    signedAt: cp.signedAt,
    publicKey: cp.publicKey.toString('hex'),
    signature: cp.signature.toString('hex'),
  };
}

export class CheckpointFormatError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field} ${message}`);
    this.name = 'CheckpointFormatError';
  }
}

/** Read an exported checkpoint; a malformed one is an error naming the field. */
export function checkpointFromJson(value: unknown): SignedCheckpoint {
  const parsed = checkpointJson.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CheckpointFormatError(issue?.path.join('.') || 'checkpoint', issue?.message ?? 'is not valid');
  }
  const j = parsed.data;
  return {
    treeSize: j.treeSize,
    rootHash: Buffer.from(j.rootHash, 'hex'),
    chainHash: Buffer.from(j.chainHash, 'hex'),
    signedAt: j.signedAt,
    publicKey: Buffer.from(j.publicKey, 'hex'),
    signature: Buffer.from(j.signature, 'hex'),
  };
}
