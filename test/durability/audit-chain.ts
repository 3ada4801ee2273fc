import { expect } from 'vitest';
import { entryHash, GENESIS_HASH } from '../../src/security/audit-log.js';
import type { Db } from '../../src/store/engine.js';

/**
 * Every entry links to the one before it (prev_hash is the previous hash, from the genesis
 * hash on), every hash is the hash of its entry, and the head names the last entry.
 * Returns the number of entries.
 */
export async function expectAuditChainIntact(db: Db): Promise<number> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  let prev: Uint8Array = GENESIS_HASH;
  const broken = rows.findIndex((row, i) => {
    const ok =
      row.seq === i + 1 &&
      Buffer.from(row.prev_hash).equals(prev) &&
      entryHash(row.prev_hash, row).equals(Buffer.from(row.hash));
    prev = row.hash;
    return !ok;
  });
  expect(broken, `audit entry ${broken + 1} does not link`).toBe(-1);
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  expect(head.seq).toBe(rows.length);
  expect(Buffer.from(head.hash).equals(prev)).toBe(true);
  return rows.length;
}
