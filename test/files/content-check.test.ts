import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_LIMITS, type ContentLimits } from '../../src/files/content-check.js';
import { FileRefusedError, type RefusalReason } from '../../src/files/errors.js';
import { intakeFile } from '../../src/files/intake.js';
import type { FileClaim } from '../../src/files/content-check.js';
import {
  centralRecords,
  docx,
  DOCX_MAIN,
  odt,
  pieces,
  pngHeader,
  samples,
  stagingFiles,
  tempVault,
  vaultIds,
  zeros,
  zip,
  type TempVault,
} from './fixtures.js';

describe('content checks at intake', () => {
  let t: TempVault;

  beforeAll(async () => {
    t = await tempVault();
  });
  afterAll(() => t.close());

  const take = (bytes: Buffer, claim: FileClaim, limits?: ContentLimits) =>
    intakeFile(t.vault, pieces(bytes), claim, limits);

  async function refusal(bytes: Buffer, claim: FileClaim, limits?: ContentLimits) {
    const before = await vaultIds(t.vault);
    const err = await take(bytes, claim, limits).then(
      () => null,
      (e: unknown) => e,
    );
    if (!(err instanceof FileRefusedError)) throw new Error(`expected a refusal, got ${String(err)}`);
    expect(await vaultIds(t.vault)).toEqual(before);
    expect(await stagingFiles(t.dataDir)).toEqual([]);
    return err;
  }

  async function expectRefused(bytes: Buffer, claim: FileClaim, reason: RefusalReason, message: string | RegExp) {
    const err = await refusal(bytes, claim);
    expect(err.reason).toBe(reason);
    expect(err.message).toMatch(message);
  }

  it('accepts each kind of evidence, recognised from its content', async () => {
    const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#777' } })
      .jpeg()
      .toBuffer();
    const png = await sharp({ create: { width: 32, height: 24, channels: 4, background: '#7777' } })
      .png()
      .toBuffer();
    const webp = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#777' } })
      .webp()
      .toBuffer();
    const xlsx = await zip([
      {
        name: '[Content_Types].xml',
        data: Buffer.from(
          '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        ),
      },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
    ]);
    const ods = await zip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), compress: false },
      { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
    ]);
    const cases: [Buffer, FileClaim, string, string][] = [
      [samples.pdf(), { fileName: 'Report.PDF', declaredType: 'application/pdf' }, 'pdf', 'application/pdf'],
      [jpeg, { fileName: 'photo.jpeg', declaredType: 'image/jpeg' }, 'jpeg', 'image/jpeg'],
      [png, { fileName: 'screenshot.png', declaredType: 'image/png' }, 'png', 'image/png'],
      [webp, { fileName: 'chat.webp', declaredType: 'image/webp' }, 'webp', 'image/webp'],
      [samples.heic(), { fileName: 'IMG_1001.HEIC', declaredType: 'image/heic' }, 'heic', 'image/heic'],
      [samples.mp3(), { fileName: 'call.mp3', declaredType: 'audio/mpeg' }, 'mp3', 'audio/mpeg'],
      [samples.wav(), { fileName: 'call.wav', declaredType: 'audio/x-wav' }, 'wav', 'audio/wav'],
      [samples.opus(), { fileName: 'voice-note.opus', declaredType: 'audio/ogg' }, 'ogg', 'audio/ogg; codecs=opus'],
      [samples.m4a(), { fileName: 'memo.m4a', declaredType: 'audio/x-m4a' }, 'iso-media', 'audio/x-m4a'],
      [samples.mp4(), { fileName: 'memo.m4a', declaredType: 'audio/mp4' }, 'iso-media', 'video/mp4'],
      [samples.mov(), { fileName: 'clip.mov', declaredType: 'video/quicktime' }, 'iso-media', 'video/quicktime'],
      [samples.webm(), { fileName: 'clip.webm', declaredType: 'video/webm' }, 'webm', 'video/webm'],
      [samples.text(), { fileName: 'notes.txt', declaredType: 'text/plain; charset=utf-8' }, 'text', 'text/plain'],
      [await docx(), { fileName: 'statement.docx' }, 'docx', DOCX_MAIN.replace('.main+xml', '')],
      [
        xlsx,
        { fileName: 'payments.xlsx' },
        'xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
      [await odt(), { fileName: 'statement.odt' }, 'odt', 'application/vnd.oasis.opendocument.text'],
      [ods, { fileName: 'payments.ods', declaredType: null }, 'ods', 'application/vnd.oasis.opendocument.spreadsheet'],
      [samples.pdf(), { fileName: 'unknown.pdf', declaredType: 'application/octet-stream' }, 'pdf', 'application/pdf'],
    ];
    for (const [bytes, claim, typeId, mime] of cases) {
      const result = await take(bytes, claim);
      expect({ name: claim.fileName, typeId: result.typeId, mime: result.mime }).toEqual({
        name: claim.fileName,
        typeId,
        mime,
      });
    }
  });

  it('refuses a file whose extension does not name its content', async () => {
    const zipped = await zip([{ name: 'a.txt', data: Buffer.from('hello') }]);
    await expectRefused(
      zipped,
      { fileName: 'holiday.jpg', declaredType: 'image/jpeg' },
      'type-not-accepted',
      'the file name ends in .jpg but the content is a ZIP archive (application/zip), which is not accepted; nothing was stored',
    );
    await expectRefused(
      samples.exe(),
      { fileName: 'photo.jpg' },
      'type-not-accepted',
      /ends in \.jpg but the content is a Windows executable program \(application\/x-msdownload\), which is not accepted/,
    );
    await expectRefused(
      pngHeader(10, 10),
      { fileName: 'photo.jpg' },
      'type-mismatch',
      'the file name ends in .jpg but the content is a PNG image, not a JPEG image; nothing was stored',
    );
    await expectRefused(
      Buffer.from('just some text'),
      { fileName: 'scan.pdf' },
      'type-mismatch',
      /ends in \.pdf but the content is not a PDF document \(its type could not be recognised\)/,
    );
    await expectRefused(
      samples.pdf(),
      { fileName: 'report.txt' },
      'type-mismatch',
      /ends in \.txt but the content is a PDF document/,
    );
    await expectRefused(
      await docx(),
      { fileName: 'statement.odt' },
      'type-mismatch',
      /content is a Word document \(DOCX\)/,
    );
  });

  it('refuses types that are not accepted, and names that carry no type', async () => {
    await expectRefused(
      samples.exe(),
      { fileName: 'setup.exe' },
      'type-not-accepted',
      /files ending in \.exe are not accepted \(accepted: pdf, jpg/,
    );
    await expectRefused(
      await zip([{ name: 'a', data: Buffer.from('a') }]),
      { fileName: 'files.zip' },
      'type-not-accepted',
      /\.zip are not accepted/,
    );
    await expectRefused(samples.pdf(), { fileName: 'README' }, 'type-not-accepted', /the file name has no extension/);
    await expectRefused(samples.pdf(), { fileName: 'report.' }, 'type-not-accepted', /the file name has no extension/);
    await expectRefused(samples.pdf(), { fileName: '.pdf' }, 'type-not-accepted', /the file name has no extension/);
  });

  it('refuses a declared media type that does not match the content', async () => {
    await expectRefused(
      samples.pdf(),
      { fileName: 'report.pdf', declaredType: 'image/png' },
      'type-mismatch',
      'the declared type image/png does not match the content, which is a PDF document; nothing was stored',
    );
    await expectRefused(
      samples.pdf(),
      { fileName: 'report.pdf', declaredType: 'not a type <script>' },
      'type-mismatch',
      /the declared media type is not a media type/,
    );
  });

  it('refuses an image above the pixel limit from its header, before decoding it', async () => {
    await expectRefused(
      pngHeader(20_000, 10_000),
      { fileName: 'scan.png' },
      'image-too-large',
      'the image is 20000×10000 pixels (200 megapixels), above the limit of 100 megapixels; nothing was stored',
    );
    await expectRefused(samples.heic(12_000, 9_000), { fileName: 'IMG.heic' }, 'image-too-large', /108 megapixels/);
    const ok = await take(pngHeader(10_000, 10_000), { fileName: 'scan.png' });
    expect(ok.typeId).toBe('png');
    await expectRefused(
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
      { fileName: 'cut.jpg' },
      'unreadable',
      /the image dimensions could not be read from the header of a JPEG image/,
    );
  });

  it('accepts plain text only as UTF-8 without NUL bytes, checked to the last byte', async () => {
    const text = Buffer.concat([Buffer.from('a'.repeat(3 * 1024 * 1024)), Buffer.from('nach München: \u00fc')]);
    expect((await take(text, { fileName: 'long.txt' })).typeId).toBe('text');
    const latin1 = Buffer.concat([Buffer.from('a'.repeat(2 * 1024 * 1024)), Buffer.from('M\xfcnchen', 'latin1')]);
    await expectRefused(
      latin1,
      { fileName: 'notes.txt' },
      'unreadable',
      /plain text must be UTF-8, and the bytes from byte 20[89]\d{4} on are not \(save the text as UTF-8\)/,
    );
    const cut = Buffer.from('ends in the middle of \u0634', 'utf8').subarray(0, -1);
    await expectRefused(cut, { fileName: 'notes.txt' }, 'unreadable', /must be UTF-8/);
    await expectRefused(
      Buffer.from('a\0b'),
      { fileName: 'notes.txt' },
      'unreadable',
      /must not hold NUL bytes \(one is at byte 1\)/,
    );
  });

  describe('zip-based documents', () => {
    it('refuses a compression bomb from its declared sizes', async () => {
      const bomb = await docx([{ name: 'word/media/blank.bin', data: zeros(64 * 1024 * 1024) }]);
      expect(bomb.length).toBeLessThan(200 * 1024);
      await expectRefused(
        bomb,
        { fileName: 'statement.docx' },
        'archive-limits',
        /inflates to more than 100 times its size/,
      );
    });

    it('refuses an archive that inflates to more than the limit', async () => {
      const random = await docx([{ name: 'word/media/noise.bin', data: Buffer.alloc(3 * 1024 * 1024, 'abcdefgh') }]);
      const limits = {
        ...DEFAULT_CONTENT_LIMITS,
        archive: { maxEntries: 100, maxUncompressedBytes: 2 * 1024 * 1024, maxRatio: 10_000 },
      };
      const err = await refusal(random, { fileName: 'statement.docx' }, limits);
      expect(err.message).toMatch(/the archive inflates to more than 2 MiB/);
    });

    it('refuses an archive with too many entries', async () => {
      const many = await docx(
        Array.from({ length: 20 }, (_, i) => ({ name: `word/part${i}.xml`, data: Buffer.from('<x/>') })),
      );
      const limits = { ...DEFAULT_CONTENT_LIMITS, archive: { ...DEFAULT_CONTENT_LIMITS.archive, maxEntries: 10 } };
      const err = await refusal(many, { fileName: 'statement.docx' }, limits);
      expect(err.reason).toBe('archive-limits');
      expect(err.message).toMatch(/the archive has 22 entries, above the limit of 10/);
    });

    it('refuses an entry that inflates to more than its directory declares', async () => {
      const lying = await docx([{ name: 'word/media/blank.bin', data: zeros(8 * 1024 * 1024) }]);
      const records = centralRecords(lying);
      lying.writeUInt32LE(1000, records[2]! + 24);
      await expectRefused(
        lying,
        { fileName: 'statement.docx' },
        'archive-limits',
        /an entry of the archive inflates to more than it declares/,
      );
    });

    it('refuses entries that overlap (one compressed block counted as many files)', async () => {
      const overlapping = await docx([{ name: 'word/a.xml', data: Buffer.from('<a/>'.repeat(100)) }]);
      const records = centralRecords(overlapping);
      const firstOffset = overlapping.readUInt32LE(records[1]! + 42);
      overlapping.writeUInt32LE(firstOffset, records[2]! + 42);
      await expectRefused(
        overlapping,
        { fileName: 'statement.docx' },
        'archive-limits',
        /the archive's entries overlap/,
      );
    });

    it('checks a document larger than the kept tail in one forward pass over the stored bytes', async () => {
      const noise = await docx(
        Array.from({ length: 8 }, (_, i) => ({
          name: `word/media/image${i}.bin`,
          data: samples.mp4(512 * 1024),
          compress: false,
        })),
      );
      expect(noise.length).toBeGreaterThan(4 * 1024 * 1024);
      expect((await take(noise, { fileName: 'statement.docx' })).typeId).toBe('docx');

      const broken = Buffer.from(noise);
      const thirdEntry = broken.readUInt32LE(centralRecords(broken)[3]! + 42);
      broken.writeUInt32LE(0, thirdEntry);
      await expectRefused(
        broken,
        { fileName: 'statement.docx' },
        'unreadable',
        'the content is not a valid Word document (DOCX); nothing was stored',
      );
    });
  });

  it('reads the declared type loosely but the content strictly', async () => {
    const pdf = Readable.from([samples.pdf()]);
    const result = await intakeFile(t.vault, pdf, {
      fileName: 'C:\\Users\\lawyer\\Desktop\\scan.Pdf',
      declaredType: 'APPLICATION/PDF',
    });
    expect(result.typeId).toBe('pdf');
  });
});
