import { sodium } from './sodium.js';
import { deriveSubkey } from './subkeys.js';

export const PUBLIC_KEY_BYTES = sodium.crypto_sign_PUBLICKEYBYTES;
export const SIGNATURE_BYTES = sodium.crypto_sign_BYTES;

/**
 * The installation's Ed25519 key for signing audit checkpoints. Its seed is derived from the
 * data key, so the same passphrase always gives the same key and nothing extra is stored;
 * the public key travels with every exported checkpoint.
 */
export class AuditSigner {
  readonly publicKey: Buffer;
  readonly #secretKey: Buffer;

  constructor(dataKey: Buffer) {
    this.publicKey = Buffer.alloc(PUBLIC_KEY_BYTES);
    this.#secretKey = sodium.sodium_malloc(sodium.crypto_sign_SECRETKEYBYTES);
    sodium.crypto_sign_seed_keypair(this.publicKey, this.#secretKey, deriveSubkey(dataKey, 'audit-signing'));
  }

  sign(message: Buffer): Buffer {
    const signature = Buffer.alloc(SIGNATURE_BYTES);
    sodium.crypto_sign_detached(signature, message, this.#secretKey);
    return signature;
  }
}

export function signatureValid(publicKey: Buffer, message: Buffer, signature: Buffer): boolean {
  if (publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  return sodium.crypto_sign_verify_detached(signature, message, publicKey);
}
