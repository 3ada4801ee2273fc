import { createHmac } from 'node:crypto';
import { deriveSubkey, type KeyPurpose } from '../../security/subkeys.js';

/** Bytes of HMAC-SHA256 kept per token: 48 bits, written as 12 hex digits. */
const KEPT_BYTES = 6;
/** Tokens whose hashes are kept in memory; the most frequent words are asked for again and again. */
const CACHE_LIMIT = 200_000;

/**
 * The keyed hash that stands in a blind index for a word, a facet or a name key: HMAC-SHA256
 * under deriveSubkey(dataKey, purpose) — 'blind:search' for the search index, 'blind:names' for
 * people's names — truncated. Without the data key a
 * reader of the index cannot tell which word a hash stands for (nor test a guess); equal words
 * give equal hashes, which is what lets the index find them. Two different words sharing a
 * truncated hash only adds a document to the candidates.
 */
export class SearchKey {
  readonly #key: Buffer;
  #cache = new Map<string, string>();

  constructor(dataKey: Buffer, purpose: KeyPurpose & `blind:${string}` = 'blind:search') {
    this.#key = deriveSubkey(dataKey, purpose);
  }

  hash(token: string): string {
    let hex = this.#cache.get(token);
    if (hex === undefined) {
      hex = createHmac('sha256', this.#key).update(token, 'utf8').digest().subarray(0, KEPT_BYTES).toString('hex');
      if (this.#cache.size >= CACHE_LIMIT) this.#cache = new Map();
      this.#cache.set(token, hex);
    }
    return hex;
  }

  hashAll(tokens: Iterable<string>): string[] {
    return [...new Set([...tokens].map((t) => this.hash(t)))];
  }
}
