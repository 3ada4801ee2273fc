import { createHash, type Hash } from 'node:crypto';
import { BackupRefusedError } from './errors.js';
import { decodeValue, manifestLine, tableLine, type TableManifest } from './format.js';

export type BackupRecord =
  { kind: 'table'; name: string; columns: string[] } | { kind: 'row'; table: string; values: Record<string, unknown> };

const damaged = (why: string) => new BackupRefusedError(`the backup file is damaged: ${why}`);

/**
 * Reads the decrypted JSON lines in order, counting and hashing each table's lines as the
 * writer did, and at the end checks them against the manifest.
 */
export class RecordParser {
  #table: { name: string; columns: string[]; rows: number; hash: Hash } | null = null;
  readonly #seen: TableManifest[] = [];
  #manifest: { tables: TableManifest[]; rows: number } | null = null;

  /** One line, with its newline. Null for the manifest, the last line. */
  parse(line: Buffer): BackupRecord | null {
    if (this.#manifest) throw damaged('there are lines after the manifest');
    const value = parseJson(line);
    if (Array.isArray(value)) {
      const table = this.#table;
      if (!table) throw damaged('a row comes before any table');
      if (value.length !== table.columns.length) throw damaged(`a row of ${table.name} has the wrong number of values`);
      table.hash.update(line);
      table.rows += 1;
      const values: Record<string, unknown> = {};
      table.columns.forEach((column, i) => (values[column] = decodeValue(value[i])));
      return { kind: 'row', table: table.name, values };
    }
    const start = tableLine.safeParse(value);
    if (start.success) {
      this.#closeTable();
      const { table: name, columns } = start.data;
      if (this.#seen.some((t) => t.name === name)) throw damaged(`table ${name} appears twice`);
      this.#table = { name, columns, rows: 0, hash: createHash('sha256').update(line) };
      return { kind: 'table', name, columns };
    }
    const manifest = manifestLine.safeParse(value);
    if (!manifest.success) throw damaged('a line is of an unknown kind');
    this.#closeTable();
    this.#manifest = manifest.data.manifest;
    return null;
  }

  /** After the last line: the tables, if they match the manifest. */
  finish(): TableManifest[] {
    const manifest = this.#manifest;
    if (!manifest) throw damaged('it ends without its manifest');
    const seen = this.#seen;
    if (manifest.tables.length !== seen.length) throw damaged('the manifest lists other tables than the file holds');
    manifest.tables.forEach((listed, i) => {
      const found = seen[i];
      if (found?.name !== listed.name || found.rows !== listed.rows || found.sha256 !== listed.sha256) {
        throw damaged(`table ${listed.name} does not match the manifest (rows or SHA-256 differ)`);
      }
    });
    if (manifest.rows !== seen.reduce((n, t) => n + t.rows, 0)) throw damaged('the total row count differs');
    return seen;
  }

  #closeTable(): void {
    const t = this.#table;
    if (t) this.#seen.push({ name: t.name, rows: t.rows, sha256: t.hash.digest('hex') });
    this.#table = null;
  }
}

function parseJson(line: Buffer): unknown {
  try {
    return JSON.parse(line.toString('utf8'));
  } catch {
    throw damaged('a line is not valid JSON');
  }
}
