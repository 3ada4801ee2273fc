import { randomBytes } from 'node:crypto';
import { copyFile, readFile, stat, truncate, utimes, writeFile, chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VaultFileError, type VaultFileProblem } from '../../src/files/errors.js';
import { EvidenceVault } from '../../src/files/vault-store.js';
import { CHUNK_BYTES, HEADER_BYTES, SEALED_CHUNK_BYTES } from '../../src/files/vault-format.js';
import { readAll, stagingFiles, tempVault, vaultIds, type TempVault } from './fixtures.js';

async function store(vault: EvidenceVault, bytes: Buffer, pieceSize = 7_777): Promise<string> {
  const writer = await vault.createWriter();
  for (let i = 0; i < bytes.length; i += pieceSize) await writer.write(bytes.subarray(i, i + pieceSize));
  await writer.finish();
  await writer.commit();
  return writer.fileId;
}

function pathOf(t: TempVault, fileId: string): string {
  return join(t.dataDir, 'vault', fileId.slice(0, 2), fileId);
}

/** Rewrite a stored file (it is read-only on disk, as every stored file is). */
async function tamper(path: string, change: (bytes: Buffer) => Buffer): Promise<void> {
  const bytes = await readFile(path);
  await chmod(path, 0o600);
  await writeFile(path, change(bytes));
}

async function failure(vault: EvidenceVault, fileId: string): Promise<VaultFileError> {
  const err: unknown = await readAll(vault.chunks(fileId)).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof VaultFileError)) throw new Error(`expected a VaultFileError, got ${String(err)}`);
  return err;
}

async function expectProblem(vault: EvidenceVault, fileId: string, problem: VaultFileProblem, text: RegExp) {
  const err = await failure(vault, fileId);
  expect(err.problem).toBe(problem);
  expect(err.message).toMatch(text);
}

describe('evidence vault store', () => {
  let t: TempVault;

  beforeAll(async () => {
    t = await tempVault();
  });
  afterAll(() => t.close());

  it('gives back exactly the bytes written, at every size around the chunk boundary', async () => {
    for (const size of [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES, 3 * CHUNK_BYTES + 5]) {
      const bytes = randomBytes(size);
      const id = await store(t.vault, bytes);
      expect((await readAll(t.vault.chunks(id))).equals(bytes)).toBe(true);
      expect((await readAll(t.vault.read(id))).equals(bytes)).toBe(true);
      const chunks = Math.max(1, Math.ceil(size / CHUNK_BYTES));
      expect((await stat(pathOf(t, id))).size).toBe(HEADER_BYTES + size + chunks * (SEALED_CHUNK_BYTES - CHUNK_BYTES));
    }
  });

  it('keeps only ciphertext on disk, named by a random id, read-only and owner-only', async () => {
    const text = Buffer.from('Statement of A. R. about the threats received in Tirana. '.repeat(200));
    const id = await store(t.vault, text);
    const onDisk = await readFile(pathOf(t, id));
    expect(onDisk.includes(Buffer.from('Statement'))).toBe(false);
    expect(onDisk.includes(Buffer.from('Tirana'))).toBe(false);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await stat(pathOf(t, id))).mode & 0o777).toBe(0o400);
    expect((await stat(join(t.dataDir, 'vault'))).mode & 0o777).toBe(0o700);
    expect(await stagingFiles(t.dataDir)).toEqual([]);
  });

  it('does not open without the data key it was written with', async () => {
    const id = await store(t.vault, randomBytes(1000));
    const other = await EvidenceVault.open(t.dataDir, randomBytes(32));
    await expectProblem(other, id, 'damaged', new RegExp(`chunk 0 at byte ${HEADER_BYTES} does not authenticate`));
  });

  it('refuses a file cut short, at a chunk boundary or inside a chunk', async () => {
    const atBoundary = await store(t.vault, randomBytes(3 * CHUNK_BYTES + 10));
    await chmod(pathOf(t, atBoundary), 0o600);
    await truncate(pathOf(t, atBoundary), HEADER_BYTES + 2 * SEALED_CHUNK_BYTES);
    await expectProblem(t.vault, atBoundary, 'truncated', /ends without its final chunk/);

    const inside = await store(t.vault, randomBytes(3 * CHUNK_BYTES + 10));
    await chmod(pathOf(t, inside), 0o600);
    await truncate(pathOf(t, inside), HEADER_BYTES + SEALED_CHUNK_BYTES + 100);
    await expectProblem(t.vault, inside, 'damaged', /chunk 1 .* does not authenticate/);

    const header = await store(t.vault, randomBytes(10));
    await chmod(pathOf(t, header), 0o600);
    await truncate(pathOf(t, header), HEADER_BYTES - 3);
    await expectProblem(t.vault, header, 'truncated', /header is incomplete/);
  });

  it('refuses a file with one byte altered, in the header or in any chunk', async () => {
    for (const at of [40, HEADER_BYTES + 5, HEADER_BYTES + SEALED_CHUNK_BYTES + 1000]) {
      const id = await store(t.vault, randomBytes(2 * CHUNK_BYTES + 10));
      await tamper(pathOf(t, id), (b) => {
        b[at] = (b[at] ?? 0) ^ 1;
        return b;
      });
      await expectProblem(t.vault, id, 'damaged', /does not authenticate/);
    }
  });

  it('refuses a file whose chunks are reordered', async () => {
    const id = await store(t.vault, randomBytes(3 * CHUNK_BYTES + 10));
    await tamper(pathOf(t, id), (b) => {
      const first = b.subarray(HEADER_BYTES, HEADER_BYTES + SEALED_CHUNK_BYTES);
      const second = b.subarray(HEADER_BYTES + SEALED_CHUNK_BYTES, HEADER_BYTES + 2 * SEALED_CHUNK_BYTES);
      return Buffer.concat([
        b.subarray(0, HEADER_BYTES),
        second,
        first,
        b.subarray(HEADER_BYTES + 2 * SEALED_CHUNK_BYTES),
      ]);
    });
    await expectProblem(t.vault, id, 'damaged', /chunk 0 .* does not authenticate/);
  });

  it('refuses a file put in the place of another, even with its header rewritten to the other id', async () => {
    const a = await store(t.vault, randomBytes(5000));
    const b = await store(t.vault, randomBytes(5000));
    await chmod(pathOf(t, b), 0o600);
    await copyFile(pathOf(t, a), pathOf(t, b));
    await expectProblem(t.vault, b, 'foreign', /names a different file id/);

    await tamper(pathOf(t, b), (bytes) => {
      Buffer.from(b.replaceAll('-', ''), 'hex').copy(bytes, 16);
      return bytes;
    });
    await expectProblem(t.vault, b, 'damaged', /does not authenticate/);
  });

  it('refuses data appended after the final chunk, before handing over the final chunk', async () => {
    const full = await store(t.vault, randomBytes(CHUNK_BYTES));
    await tamper(pathOf(t, full), (b) => Buffer.concat([b, Buffer.from('more')]));
    const seen: Buffer[] = [];
    await expect(
      (async () => {
        for await (const chunk of t.vault.chunks(full)) seen.push(chunk);
      })(),
    ).rejects.toThrow(/has data after its final chunk/);
    expect(seen).toEqual([]);

    // A shorter final chunk is read together with what follows it, and no longer authenticates.
    const short = await store(t.vault, randomBytes(100));
    await tamper(pathOf(t, short), (b) => Buffer.concat([b, Buffer.from('more')]));
    await expectProblem(t.vault, short, 'damaged', /chunk 0 .* does not authenticate/);
  });

  it('refuses a file that is not a vault file, or of an unknown format version', async () => {
    const id = await store(t.vault, randomBytes(100));
    await tamper(pathOf(t, id), (b) => {
      b[15] = 9;
      return b;
    });
    await expectProblem(t.vault, id, 'unsupported-version', /format version/);
    await tamper(pathOf(t, id), (b) => Buffer.concat([Buffer.from('%PDF-1.7'), b]));
    await expectProblem(t.vault, id, 'not-a-vault-file', /not a vault file/);
  });

  it('says which file is missing, and accepts only ids that are UUIDs', async () => {
    const id = crypto.randomUUID();
    await expectProblem(t.vault, id, 'missing', new RegExp(`vault file ${id} is missing`));
    expect(() => t.vault.chunks('../../keyfile.json')).toThrow(/a vault file id is a lower-case UUID/);
  });

  it('stores nothing until commit, and nothing at all after abort', async () => {
    const fresh = await tempVault();
    try {
      const writer = await fresh.vault.createWriter();
      await writer.write(randomBytes(3 * CHUNK_BYTES));
      await writer.finish();
      expect(await vaultIds(fresh.vault)).toEqual([]);
      expect((await readAll(writer.readStaged())).length).toBe(3 * CHUNK_BYTES);
      await writer.abort();
      expect(await stagingFiles(fresh.dataDir)).toEqual([]);
      await expectProblem(fresh.vault, writer.fileId, 'missing', /is missing/);

      const kept = await store(fresh.vault, randomBytes(10));
      expect(await vaultIds(fresh.vault)).toEqual([kept]);
    } finally {
      await fresh.close();
    }
  });

  it('removes staging files left by an intake that died, once they are a day old', async () => {
    const fresh = await tempVault();
    try {
      const staging = join(fresh.dataDir, 'vault', 'staging');
      await mkdir(staging, { recursive: true });
      await writeFile(join(staging, 'old'), 'x');
      await writeFile(join(staging, 'recent'), 'x');
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
      await utimes(join(staging, 'old'), twoDaysAgo, twoDaysAgo);
      await EvidenceVault.open(fresh.dataDir, fresh.dataKey);
      expect(await stagingFiles(fresh.dataDir)).toEqual(['recent']);
    } finally {
      await fresh.close();
    }
  });

  it('deletes a file whose record was never committed', async () => {
    const id = await store(t.vault, randomBytes(10));
    expect(await vaultIds(t.vault)).toContain(id);
    await t.vault.delete(id);
    expect(await vaultIds(t.vault)).not.toContain(id);
    await expect(t.vault.delete(id)).rejects.toThrow(/is missing/);
  });

  it('reads a large file in bounded memory', async () => {
    const size = 256 * 1024 * 1024;
    const block = randomBytes(1024 * 1024);
    const writer = await t.vault.createWriter();
    for (let n = 0; n < size; n += block.length) await writer.write(block);
    await writer.finish();
    await writer.commit();

    const before = process.memoryUsage().rss;
    let peak = before;
    let total = 0;
    let largest = 0;
    for await (const chunk of t.vault.read(writer.fileId)) {
      total += (chunk as Buffer).length;
      largest = Math.max(largest, (chunk as Buffer).length);
      if (total % (16 * 1024 * 1024) === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(total).toBe(size);
    expect(largest).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(peak - before).toBeLessThan(96 * 1024 * 1024);
  });
});
