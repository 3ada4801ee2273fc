import Database from 'better-sqlite3-multiple-ciphers';

/**
 * The baseline: the rows of a case read with prepared statements straight from
 * better-sqlite3-multiple-ciphers on the same SQLCipher file — no policy, no transaction, no
 * field decryption.
 */
export function openRawReader(file: string, sqlcipherKey: Buffer) {
  const db = new Database(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${sqlcipherKey.toString('hex')}'"`);
  const caseRow = db.prepare<[string], { id: string }>('select * from cases where id = ?');
  const latestNotes = db.prepare<[string, number], { id: string }>(
    'select * from case_notes where case_id = ? order by id desc limit ?',
  );
  return {
    read(caseId: string, limit: number) {
      const kase = caseRow.get(caseId);
      if (!kase) throw new Error(`case ${caseId} not found`);
      return { kase, notes: latestNotes.all(caseId, limit) };
    },
    /** Cases with at least `min` notes, in id order. */
    casesWithNotes(min: number): string[] {
      return db
        .prepare<[number], { case_id: string }>(
          'select case_id from case_notes group by case_id having count(*) >= ? order by case_id',
        )
        .all(min)
        .map((r) => r.case_id);
    },
    close: () => db.close(),
  };
}
