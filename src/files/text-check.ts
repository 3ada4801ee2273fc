import { FileRefusedError } from './errors.js';

/** Plain text must be UTF-8 (a byte-order mark is allowed) without NUL bytes, checked over every byte. */
export class TextInspector {
  readonly #decoder = new TextDecoder('utf-8', { fatal: true });
  #offset = 0;

  update(chunk: Buffer): void {
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      throw new FileRefusedError(
        'unreadable',
        `plain text must not hold NUL bytes (one is at byte ${this.#offset + nul})`,
      );
    }
    this.#decode(chunk, true);
    this.#offset += chunk.length;
  }

  finish(): Promise<void> {
    this.#decode(new Uint8Array(0), false);
    return Promise.resolve();
  }

  #decode(bytes: Uint8Array, more: boolean): void {
    try {
      this.#decoder.decode(bytes, { stream: more });
    } catch {
      throw new FileRefusedError(
        'unreadable',
        `plain text must be UTF-8, and the bytes from byte ${this.#offset} on are not (save the text as UTF-8)`,
      );
    }
  }
}
