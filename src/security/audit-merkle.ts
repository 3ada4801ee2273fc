import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1, over SHA-256:
 * leaf = SHA-256(0x00 || entry), node = SHA-256(0x01 || left || right), the empty tree is
 * SHA-256 of nothing, and a tree of n > 1 leaves splits at the largest power of two below n.
 * Sizes are counts of leaves; they stay below 2^53, so the arithmetic avoids 32-bit operators.
 */
export const HASH_BYTES = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export const EMPTY_ROOT = createHash('sha256').digest();

export function leafHash(entry: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(entry).digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The largest power of two strictly below n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Leaf hashes kept in one contiguous buffer (32 bytes each), so a long log stays compact in memory. */
export class LeafHashes {
  #buf = Buffer.alloc(HASH_BYTES * 1024);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  push(hash: Uint8Array): void {
    if ((this.#size + 1) * HASH_BYTES > this.#buf.length) {
      const bigger = Buffer.alloc(this.#buf.length * 2);
      this.#buf.copy(bigger);
      this.#buf = bigger;
    }
    this.#buf.set(hash, this.#size * HASH_BYTES);
    this.#size += 1;
  }

  at(index: number): Buffer {
    if (index < 0 || index >= this.#size) throw new RangeError(`no leaf ${index} in a tree of ${this.#size}`);
    return this.#buf.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
  }
}

/** MTH(D[start:end]): the root of the subtree over leaves start..end-1. */
export function subtreeRoot(leaves: LeafHashes, start: number, end: number): Buffer {
  const n = end - start;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return Buffer.from(leaves.at(start));
  const k = splitPoint(n);
  return nodeHash(subtreeRoot(leaves, start, start + k), subtreeRoot(leaves, start + k, end));
}

/**
 * The roots of the perfect subtrees a tree of `size` leaves decomposes into, largest first:
 * enough to compute the root and to append, without keeping every leaf.
 */
export class MerkleFrontier {
  #size: number;
  readonly #stack: Buffer[];

  constructor(size = 0, stack: readonly Buffer[] = []) {
    if (stack.length !== popCount(size))
      throw new RangeError(`a tree of ${size} leaves has ${popCount(size)} subtrees`);
    this.#size = size;
    this.#stack = stack.map((h) => Buffer.from(h));
  }

  get size(): number {
    return this.#size;
  }

  append(leaf: Uint8Array): void {
    let hash: Buffer = Buffer.from(leaf);
    for (let n = this.#size; n % 2 === 1; n = Math.floor(n / 2)) {
      const left = this.#stack.pop();
      if (!left) throw new Error('frontier is inconsistent with its size');
      hash = nodeHash(left, hash);
    }
    this.#stack.push(hash);
    this.#size += 1;
  }

  root(): Buffer {
    let root = this.#stack.at(-1);
    if (!root) return EMPTY_ROOT;
    for (let i = this.#stack.length - 2; i >= 0; i--) root = nodeHash(this.#stack[i] as Buffer, root);
    return root;
  }

  /** The subtree roots, concatenated, to be stored and resumed from. */
  serialize(): Buffer {
    return Buffer.concat(this.#stack);
  }

  static deserialize(size: number, bytes: Uint8Array): MerkleFrontier {
    if (bytes.length % HASH_BYTES !== 0) throw new RangeError('a frontier is a whole number of hashes');
    const stack: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += HASH_BYTES) stack.push(Buffer.from(bytes.subarray(i, i + HASH_BYTES)));
    return new MerkleFrontier(size, stack);
  }
}

function popCount(n: number): number {
  let count = 0;
  for (let m = n; m > 0; m = Math.floor(m / 2)) count += m % 2;
  return count;
}

/**
 * The consistency proof that the tree of the first `oldSize` leaves is a prefix of the tree
 * of the first `newSize` (RFC 9162, 2.1.4.1). Empty when the sizes are equal or the old tree is empty.
 */
export function consistencyProof(leaves: LeafHashes, oldSize: number, newSize: number): Buffer[] {
  if (oldSize < 0 || oldSize > newSize || newSize > leaves.size) {
    throw new RangeError(`no consistency proof from ${oldSize} to ${newSize} leaves in a tree of ${leaves.size}`);
  }
  if (oldSize === 0 || oldSize === newSize) return [];
  return subproof(leaves, oldSize, 0, newSize, true);
}

function subproof(leaves: LeafHashes, m: number, start: number, end: number, complete: boolean): Buffer[] {
  const n = end - start;
  if (m === n) return complete ? [] : [subtreeRoot(leaves, start, end)];
  const k = splitPoint(n);
  if (m <= k) return [...subproof(leaves, m, start, start + k, complete), subtreeRoot(leaves, start + k, end)];
  return [...subproof(leaves, m - k, start + k, end, false), subtreeRoot(leaves, start, start + k)];
}

/** Check a consistency proof between two tree heads (RFC 9162, 2.1.4.2). */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (oldSize < 0 || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && Buffer.from(oldRoot).equals(newRoot);
  if (oldSize === 0) return proof.length === 0;
  if (proof.length === 0 || proof.some((p) => p.length !== HASH_BYTES)) return false;

  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  let fn = BigInt(oldSize - 1);
  let sn = BigInt(newSize - 1);
  while (fn & 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr: Buffer = Buffer.from(path[0] as Uint8Array);
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if (fn & 1n || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!(fn & 1n) && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return fr.equals(oldRoot) && sr.equals(newRoot) && sn === 0n;
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}
