import { sodium, randomBytes } from './sodium.js';
import { deriveSubkey } from './subkeys.js';

const VERSION = 1;
const NONCE = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
const TAG = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES;

export class FieldDecryptionError extends Error {
  constructor(where: string) {
    super(`encrypted field ${where} could not be decrypted (wrong key, or moved/altered ciphertext)`);
    this.name = 'FieldDecryptionError';
  }
}

/**
 * Field encryption for identity, location and testimony values.
 * XChaCha20-Poly1305 with a key per table.column derived from the data key, and the
 * table, column and row id as associated data, so a ciphertext copied to another row,
 * column or table fails to decrypt.
 * Layout: [version:1][nonce:24][ciphertext+tag].
 */
export class FieldCipher {
  readonly #dataKey: Buffer;
  readonly #keys = new Map<string, Buffer>();

  constructor(dataKey: Buffer) {
    this.#dataKey = dataKey;
  }

  encrypt(table: string, column: string, rowId: string, plaintext: string): Buffer {
    const message = Buffer.from(plaintext, 'utf8');
    const nonce = randomBytes(NONCE);
    const out = Buffer.alloc(1 + NONCE + message.length + TAG);
    out[0] = VERSION;
    nonce.copy(out, 1);
    sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      out.subarray(1 + NONCE),
      message,
      associatedData(table, column, rowId),
      null,
      nonce,
      this.#key(table, column),
    );
    return out;
  }

  decrypt(table: string, column: string, rowId: string, sealed: Uint8Array): string {
    const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    if (buf.length < 1 + NONCE + TAG || buf[0] !== VERSION) {
      throw new FieldDecryptionError(`${table}.${column}`);
    }
    const message = Buffer.alloc(buf.length - 1 - NONCE - TAG);
    try {
      sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
        message,
        null,
        buf.subarray(1 + NONCE),
        associatedData(table, column, rowId),
        buf.subarray(1, 1 + NONCE),
        this.#key(table, column),
      );
    } catch {
      throw new FieldDecryptionError(`${table}.${column}`);
    }
    return message.toString('utf8');
  }

  encryptJson(table: string, column: string, rowId: string, value: unknown): Buffer {
    return this.encrypt(table, column, rowId, JSON.stringify(value));
  }

  decryptJson(table: string, column: string, rowId: string, sealed: Uint8Array): unknown {
    return JSON.parse(this.decrypt(table, column, rowId, sealed)) as unknown;
  }

  #key(table: string, column: string): Buffer {
    const name = `${table}.${column}`;
    let key = this.#keys.get(name);
    if (!key) {
      key = deriveSubkey(this.#dataKey, `field:${name}`);
      this.#keys.set(name, key);
    }
    return key;
  }
}

function associatedData(table: string, column: string, rowId: string): Buffer {
  return Buffer.from(`safehold/field/v${VERSION}\0${table}\0${column}\0${rowId}`, 'utf8');
}
