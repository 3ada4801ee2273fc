import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../store/engine.js';
import { leafHash } from './audit-merkle.js';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  outcome: 'ok' | 'refused' | 'failed';
  targetType?: string | null;
  targetId?: string | null;
  caseId?: string | null;
  reason?: string | null;
  /** Identifiers and field names only: never protected values. */
  details?: Record<string, string | number | boolean | null | readonly string[]>;
}

export const GENESIS_HASH = Buffer.alloc(32);

export interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  outcome: string;
  target_type: string | null;
  target_id: string | null;
  case_id: string | null;
  reason: string | null;
  details: string;
}

/** The one encoding of an entry that both the hash chain and the Merkle tree cover. */
export function canonicalEntry(row: AuditRow): Buffer {
  const fields = [
    row.seq,
    row.at,
    row.actor_id,
    row.action,
    row.outcome,
    row.target_type,
    row.target_id,
    row.case_id,
    row.reason,
    row.details,
  ];
  return Buffer.from(JSON.stringify(fields), 'utf8');
}

/** The chain link: SHA-256 over the previous hash and the canonical entry. */
export function entryHash(prevHash: Uint8Array, row: AuditRow): Buffer {
  return createHash('sha256').update(prevHash).update(canonicalEntry(row)).digest();
}

/** The entry as a leaf of the RFC 9162 Merkle tree. */
export function entryLeafHash(row: AuditRow): Buffer {
  return leafHash(canonicalEntry(row));
}

/**
 * Append one entry to the hash-chained log, inside the caller's transaction. The head row
 * is updated first, which takes its lock: concurrent writers queue, and the chain stays linear.
 */
export async function appendAudit(tx: Db, entry: AuditEntry, at: Date): Promise<number> {
  const head = await tx
    .updateTable('audit_head')
    .set({ seq: sql<number>`seq + 1` })
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const row: AuditRow = {
    seq: head.seq,
    at: at.toISOString(),
    actor_id: entry.actorId,
    action: entry.action,
    outcome: entry.outcome,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    case_id: entry.caseId ?? null,
    reason: entry.reason ?? null,
    details: JSON.stringify(entry.details ?? {}),
  };
  const hash = entryHash(head.hash, row);
  await tx
    .insertInto('audit_log')
    .values({ ...row, prev_hash: head.hash, hash })
    .execute();
  await tx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
  return row.seq;
}
