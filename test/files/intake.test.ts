import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_LIMITS, HEAD_BYTES } from '../../src/files/content-check.js';
import { FileRefusedError } from '../../src/files/errors.js';
import { intakeFile } from '../../src/files/intake.js';
import { verifyVaultFile } from '../../src/files/verify.js';
import { readAll, pieces, samples, sha256, stagingFiles, tempVault, vaultIds, type TempVault } from './fixtures.js';

describe('evidence intake', () => {
  let t: TempVault;

  beforeAll(async () => {
    t = await tempVault();
  });
  afterAll(() => t.close());

  it('records the SHA-256 and size of the original bytes, whatever the pieces they arrive in', async () => {
    const video = samples.mp4(3 * HEAD_BYTES + 12_345);
    for (const pieceSize of [1_000, 65_536, 1_000_003, video.length]) {
      const result = await intakeFile(t.vault, pieces(video, pieceSize), { fileName: 'IMG_0042.MOV' });
      expect(result).toMatchObject({
        sha256: sha256(video),
        size: video.length,
        typeId: 'iso-media',
        mime: 'video/mp4',
        category: 'video',
      });
      expect((await readAll(t.vault.chunks(result.fileId))).equals(video)).toBe(true);
    }
  });

  it('verifies a stored file against its intake hash, and names what is wrong when it does not match', async () => {
    const pdf = samples.pdf();
    const stored = await intakeFile(t.vault, pieces(pdf), { fileName: 'report.pdf', declaredType: 'application/pdf' });
    expect(stored.category).toBe('document');
    expect(await verifyVaultFile(t.vault, stored.fileId, stored)).toEqual({ fileId: stored.fileId, status: 'intact' });

    const otherHash = { sha256: sha256(Buffer.from('another file')), size: pdf.length };
    const mismatch = await verifyVaultFile(t.vault, stored.fileId, otherHash);
    expect(mismatch.status).toBe('hash-mismatch');
    expect(mismatch).toMatchObject({ detail: expect.stringContaining(stored.sha256) });

    const path = join(t.dataDir, 'vault', stored.fileId.slice(0, 2), stored.fileId);
    const onDisk = await readFile(path);
    onDisk[onDisk.length - 1] = (onDisk[onDisk.length - 1] ?? 0) ^ 0x80;
    await chmod(path, 0o600);
    await writeFile(path, onDisk);
    expect(await verifyVaultFile(t.vault, stored.fileId, stored)).toMatchObject({
      status: 'damaged',
      detail: expect.stringMatching(/does not authenticate/),
    });

    const gone = crypto.randomUUID();
    expect(await verifyVaultFile(t.vault, gone, stored)).toMatchObject({ status: 'missing' });
  });

  it('refuses a file above the size limit while it streams, and stores nothing', async () => {
    const fresh = await tempVault();
    try {
      let pulled = 0;
      const endless = Readable.from(
        (function* () {
          const block = Buffer.concat([samples.mp4(64 * 1024 - 32)]);
          for (;;) {
            pulled += block.length;
            yield block;
          }
        })(),
      );
      const limits = { ...DEFAULT_CONTENT_LIMITS, maxBytes: 5 * 1024 * 1024 };
      const err = await intakeFile(fresh.vault, endless, { fileName: 'long.mp4' }, limits).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FileRefusedError);
      expect((err as FileRefusedError).reason).toBe('too-large');
      expect((err as Error).message).toBe('the file is larger than the limit of 5 MiB; nothing was stored');
      expect(pulled).toBeLessThan(6 * 1024 * 1024);
      expect(await vaultIds(fresh.vault)).toEqual([]);
      expect(await stagingFiles(fresh.dataDir)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('stores nothing when the upload breaks off', async () => {
    const fresh = await tempVault();
    try {
      const broken = Readable.from(
        (async function* () {
          yield samples.mp4(2 * HEAD_BYTES);
          await Promise.resolve();
          throw new Error('connection reset');
        })(),
      );
      await expect(intakeFile(fresh.vault, broken, { fileName: 'clip.mp4' })).rejects.toThrow('connection reset');
      expect(await vaultIds(fresh.vault)).toEqual([]);
      expect(await stagingFiles(fresh.dataDir)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('refuses an empty file', async () => {
    await expect(intakeFile(t.vault, Readable.from([]), { fileName: 'empty.pdf' })).rejects.toThrow(
      'the file is empty; nothing was stored',
    );
  });

  it('gives each file its own id, even for the same bytes', async () => {
    const bytes = samples.pdf();
    const a = await intakeFile(t.vault, pieces(bytes), { fileName: 'a.pdf' });
    const b = await intakeFile(t.vault, pieces(bytes), { fileName: 'a.pdf' });
    expect(a.fileId).not.toBe(b.fileId);
    expect(a.sha256).toBe(b.sha256);
    const onDisk = (id: string) => readFile(join(t.dataDir, 'vault', id.slice(0, 2), id));
    expect((await onDisk(a.fileId)).equals(await onDisk(b.fileId))).toBe(false);
  });

  it('handles many files at once', async () => {
    const files = Array.from({ length: 20 }, () => randomBytes(50_000));
    const results = await Promise.all(
      files.map((f) => intakeFile(t.vault, pieces(Buffer.concat([samples.pdf(), f])), { fileName: 'x.pdf' })),
    );
    for (const [i, r] of results.entries()) {
      expect(r.sha256).toBe(sha256(Buffer.concat([samples.pdf(), files[i]!])));
      expect(await verifyVaultFile(t.vault, r.fileId, r)).toMatchObject({ status: 'intact' });
    }
  });
});
