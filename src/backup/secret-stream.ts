import { sodium } from '../security/sodium.js';

/**
 * The libsodium secretstream calls as sodium-native 4 exposes them: the state is a buffer of
 * STATEBYTES and the tag a number (the @types package still describes the 3.x interface).
 */
interface SecretStream {
  crypto_secretstream_xchacha20poly1305_STATEBYTES: number;
  crypto_secretstream_xchacha20poly1305_HEADERBYTES: number;
  crypto_secretstream_xchacha20poly1305_ABYTES: number;
  crypto_secretstream_xchacha20poly1305_KEYBYTES: number;
  crypto_secretstream_xchacha20poly1305_TAG_MESSAGE: number;
  crypto_secretstream_xchacha20poly1305_TAG_FINAL: number;
  crypto_secretstream_xchacha20poly1305_init_push(state: Buffer, header: Buffer, key: Buffer): void;
  crypto_secretstream_xchacha20poly1305_push(
    state: Buffer,
    ciphertext: Buffer,
    message: Buffer,
    ad: Buffer | null,
    tag: number,
  ): number;
  crypto_secretstream_xchacha20poly1305_init_pull(state: Buffer, header: Buffer, key: Buffer): void;
  crypto_secretstream_xchacha20poly1305_pull(
    state: Buffer,
    message: Buffer,
    tag: Buffer,
    ciphertext: Buffer,
    ad: Buffer | null,
  ): number;
}

const ss = sodium as unknown as SecretStream;

export const STREAM_HEADER_BYTES = ss.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
export const STREAM_ABYTES = ss.crypto_secretstream_xchacha20poly1305_ABYTES;

function newState(key: Buffer): Buffer {
  if (key.length !== ss.crypto_secretstream_xchacha20poly1305_KEYBYTES) throw new Error('wrong stream key length');
  return Buffer.alloc(ss.crypto_secretstream_xchacha20poly1305_STATEBYTES);
}

/**
 * Encrypts a sequence of messages (XChaCha20-Poly1305 secretstream): each message is
 * authenticated with its position in the stream, so messages cannot be dropped, reordered or
 * repeated, and only the last one carries the FINAL tag, so a truncated stream is detected.
 */
export class StreamSealer {
  readonly header = Buffer.alloc(STREAM_HEADER_BYTES);
  readonly #state: Buffer;
  readonly #ad: Buffer;

  constructor(key: Buffer, associatedData: Buffer) {
    this.#state = newState(key);
    this.#ad = associatedData;
    ss.crypto_secretstream_xchacha20poly1305_init_push(this.#state, this.header, key);
  }

  seal(message: Buffer, final: boolean): Buffer {
    const out = Buffer.alloc(message.length + STREAM_ABYTES);
    const tag = final
      ? ss.crypto_secretstream_xchacha20poly1305_TAG_FINAL
      : ss.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    ss.crypto_secretstream_xchacha20poly1305_push(this.#state, out, message, this.#ad, tag);
    if (final) sodium.sodium_memzero(this.#state);
    return out;
  }
}

/** Decrypts what a StreamSealer wrote; null for a message that does not authenticate. */
export class StreamOpener {
  readonly #state: Buffer;
  readonly #ad: Buffer;
  readonly #tag = Buffer.alloc(1);

  constructor(key: Buffer, header: Buffer, associatedData: Buffer) {
    this.#state = newState(key);
    this.#ad = associatedData;
    ss.crypto_secretstream_xchacha20poly1305_init_pull(this.#state, header, key);
  }

  open(ciphertext: Buffer): { message: Buffer; final: boolean } | null {
    if (ciphertext.length < STREAM_ABYTES) return null;
    const message = Buffer.alloc(ciphertext.length - STREAM_ABYTES);
    try {
      ss.crypto_secretstream_xchacha20poly1305_pull(this.#state, message, this.#tag, ciphertext, this.#ad);
    } catch {
      return null;
    }
    return { message, final: this.#tag[0] === ss.crypto_secretstream_xchacha20poly1305_TAG_FINAL };
  }
}
