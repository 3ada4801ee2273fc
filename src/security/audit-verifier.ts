import { entryHash, entryLeafHash, GENESIS_HASH, type AuditRow } from './audit-log.js';
import { LeafHashes, MerkleFrontier } from './audit-merkle.js';

/** An entry as stored: the entry, the hash it links to, and its own chain hash. */
export interface StoredAuditRow extends AuditRow {
  prev_hash: Buffer;
  hash: Buffer;
}

export type FindingKind = 'removed' | 'changed' | 'reordered' | 'inserted' | 'rewritten' | 'checkpoint';

/** What verification found wrong first. */
export interface AuditFinding {
  kind: FindingKind;
  /** The first entry concerned, by seq; null when no entry can be named (a bad checkpoint). */
  seq: number | null;
  /** For a rewrite caught only by a checkpoint: the last entry that may have been changed. */
  lastSeq?: number;
  /** For a reordered entry: the seq it was recorded at. */
  originalSeq?: number;
  message: string;
}

/** A signed statement the entries must still match once the log reaches its size. */
export interface CheckpointExpectation {
  treeSize: number;
  rootHash: Buffer;
  chainHash: Buffer;
  /** How the report names it, e.g. "the checkpoint signed at 2025-10-09T10:00:00.000Z". */
  label: string;
}

/** Where a verification resumes: after `size` entries that end with `chainHash`. */
export interface ChainState {
  size: number;
  chainHash: Buffer;
  frontier: MerkleFrontier;
}

export function genesisState(): ChainState {
  return { size: 0, chainHash: GENESIS_HASH, frontier: new MerkleFrontier() };
}

/**
 * Recompute the hash chain and the Merkle tree from the entries, fed in seq order, and
 * report the first entry that was changed, removed or reordered. A history rewritten with
 * recomputed hashes passes the chain but not a checkpoint signed before the rewrite: that is
 * reported as the range between the last checkpoint that still holds and the first that fails.
 */
export class AuditChainVerifier {
  readonly #state: ChainState;
  readonly #pending: CheckpointExpectation[];
  readonly #leaves: LeafHashes | null;
  readonly #maxSeq: number;
  #lastConfirmed: number;

  constructor(opts: {
    start?: ChainState;
    checkpoints?: readonly CheckpointExpectation[];
    /** Keep every leaf hash, for consistency proofs after the walk. */
    keepLeaves?: boolean;
    /** The highest seq the log claims to have: bounds the search for where a moved entry came from. */
    maxSeq: number;
  }) {
    this.#state = opts.start ?? genesisState();
    this.#lastConfirmed = this.#state.size;
    this.#pending = (opts.checkpoints ?? [])
      .filter((c) => c.treeSize > this.#state.size)
      .sort((a, b) => a.treeSize - b.treeSize);
    this.#leaves = opts.keepLeaves ? new LeafHashes() : null;
    this.#maxSeq = opts.maxSeq;
  }

  get state(): ChainState {
    return this.#state;
  }

  get leaves(): LeafHashes | null {
    return this.#leaves;
  }

  /** Feed the next entry; returns the first problem found, after which nothing more is checked. */
  add(row: StoredAuditRow): AuditFinding | null {
    const expected = this.#state.size + 1;
    if (row.seq !== expected) {
      return row.seq > expected
        ? { kind: 'removed', seq: expected, message: `entry ${expected} is missing (the next entry is ${row.seq})` }
        : { kind: 'inserted', seq: row.seq, message: `entry ${row.seq} appears out of order` };
    }
    const hash = entryHash(this.#state.chainHash, row);
    if (!hash.equals(row.hash) || !row.prev_hash.equals(this.#state.chainHash)) return this.#diagnose(row);

    const leaf = entryLeafHash(row);
    this.#state.size = expected;
    this.#state.chainHash = hash;
    this.#state.frontier.append(leaf);
    this.#leaves?.push(leaf);
    return this.#checkCheckpoints();
  }

  /** After the last entry: the head must point at it, and no checkpoint may cover more entries. */
  finish(head: { seq: number; hash: Buffer }): AuditFinding | null {
    const { size, chainHash } = this.#state;
    if (head.seq > size) {
      return {
        kind: 'removed',
        seq: size + 1,
        message: `entry ${size + 1} is missing: the log ends at ${size} but its head records ${head.seq} entries`,
      };
    }
    if (head.seq < size) {
      return {
        kind: 'inserted',
        seq: head.seq + 1,
        message: `entry ${head.seq + 1} was added behind the log's head, which records ${head.seq} entries`,
      };
    }
    if (!head.hash.equals(chainHash) && this.#lastConfirmed === size) {
      return {
        kind: 'changed',
        seq: null,
        message: `the log's head was changed: it does not match entry ${size}, which a signed checkpoint confirms`,
      };
    }
    if (!head.hash.equals(chainHash)) {
      return {
        kind: 'rewritten',
        seq: this.#lastConfirmed + 1,
        lastSeq: size,
        message: `the log's head does not match entry ${size}: entries ${this.#lastConfirmed + 1}–${size} were rewritten`,
      };
    }
    const beyond = this.#pending[0];
    if (beyond) {
      return {
        kind: 'removed',
        seq: size + 1,
        message: `entry ${size + 1} is missing: ${beyond.label} covers ${beyond.treeSize} entries but the log ends at ${size}`,
      };
    }
    return null;
  }

  #checkCheckpoints(): AuditFinding | null {
    const { size, chainHash, frontier } = this.#state;
    while (this.#pending[0]?.treeSize === size) {
      const cp = this.#pending.shift() as CheckpointExpectation;
      if (!cp.rootHash.equals(frontier.root()) || !cp.chainHash.equals(chainHash)) {
        const first = this.#lastConfirmed + 1;
        return {
          kind: 'rewritten',
          seq: first,
          lastSeq: size,
          message:
            `entries ${first}–${size} no longer match ${cp.label}: ` +
            'at least one of them was changed, removed or reordered and the hashes recomputed',
        };
      }
      this.#lastConfirmed = size;
    }
    return null;
  }

  /** The entry at the expected seq fails: say as precisely as the hashes allow what happened. */
  #diagnose(row: StoredAuditRow): AuditFinding {
    const seq = row.seq;
    if (seq > 1 && entryHash(row.prev_hash, row).equals(row.hash)) {
      // The entry is intact but points at another predecessor: the previous one was rewritten.
      return {
        kind: 'changed',
        seq: seq - 1,
        message: `entry ${seq - 1} was changed and its hash recomputed: entry ${seq} still links to the original`,
      };
    }
    for (let original = 1; original <= this.#maxSeq; original++) {
      if (original !== seq && entryHash(row.prev_hash, { ...row, seq: original }).equals(row.hash)) {
        return {
          kind: 'reordered',
          seq,
          originalSeq: original,
          message: `entry ${seq} holds what was recorded as entry ${original}: entries were moved or removed`,
        };
      }
    }
    return { kind: 'changed', seq, message: `entry ${seq} was changed: it no longer matches its hash` };
  }
}
