import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShareableCopyUnsupportedError } from '../../src/files/errors.js';
import { intakeFile, type IntakeResult } from '../../src/files/intake.js';
import { makeShareableCopy } from '../../src/files/shareable-copy.js';
import { EvidenceVault } from '../../src/files/vault-store.js';
import { verifyVaultFile } from '../../src/files/verify.js';
import { pieces, readAll, samples, sha256, tempVault, vaultIds, type TempVault } from './fixtures.js';

const GPS = {
  GPSLatitudeRef: 'N',
  GPSLatitude: '41/1 19/1 4500/100',
  GPSLongitudeRef: 'E',
  GPSLongitude: '19/1 49/1 1200/100',
};
const CAMERA = { Make: 'Fictional Camera Co', Model: 'FC-100', Artist: 'Case worker Z. Q.' };
const XMP =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>Taken at the safe house</dc:description>' +
  '</rdf:Description></rdf:RDF></x:xmpmeta>';
const COMMENT = 'Camp Liberty, building 7';

/** A photo as a phone takes it: GPS and camera EXIF, rotated by its EXIF orientation, XMP, a P3 profile. */
function photo(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: '#4a6b8a' } })
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: CAMERA, IFD3: GPS })
    .withXmp(XMP)
    .withIccProfile('p3');
}

/** Insert a JPEG comment (COM segment) right after the start-of-image marker. */
function withJpegComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, body, jpeg.subarray(2)]);
}

/** Insert a PNG text chunk (tEXt) right after the IHDR chunk. */
function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  const data = Buffer.from(`${keyword}\0${text}`, 'latin1');
  const typeAndData = Buffer.concat([Buffer.from('tEXt'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  const afterIhdr = 8 + 4 + 4 + 13 + 4;
  return Buffer.concat([png.subarray(0, afterIhdr), length, typeAndData, crc, png.subarray(afterIhdr)]);
}

/** The chunk types of a PNG, in order. */
function pngChunks(png: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) types.push(png.toString('latin1', at + 4, at + 8));
  return types;
}

/** Everything exifr finds of EXIF (with GPS), XMP, IPTC and ICC. */
const metadataOf = (bytes: Buffer) =>
  exifr.parse(bytes, { tiff: true, gps: true, xmp: true, iptc: true, icc: true, jfif: false, ihdr: false });

describe('shareable copies of images', () => {
  let t: TempVault;

  beforeAll(async () => {
    t = await tempVault();
  });
  afterAll(() => t.close());

  async function stored(bytes: Buffer, fileName: string): Promise<IntakeResult> {
    const result = await intakeFile(t.vault, pieces(bytes), { fileName });
    expect(result.sha256).toBe(sha256(bytes));
    return result;
  }

  it('strips GPS, camera, XMP, comments and the ICC profile from a JPEG, and leaves the original as it was', async () => {
    const original = withJpegComment(await photo(64, 48).jpeg().toBuffer(), COMMENT);
    expect(await exifr.gps(original)).toEqual({
      latitude: expect.closeTo(41.329, 3),
      longitude: expect.closeTo(19.82, 3),
    });
    expect(await metadataOf(original)).toMatchObject({ Make: CAMERA.Make, description: 'Taken at the safe house' });
    expect(original.includes(Buffer.from(COMMENT))).toBe(true);
    const kept = await stored(original, 'IMG_2041.JPG');

    const result = await makeShareableCopy(t.vault, kept);
    const copy = await readAll(t.vault.chunks(result.fileId));
    expect(result).toMatchObject({ typeId: 'jpeg', mime: 'image/jpeg', sha256: sha256(copy), size: copy.length });
    expect(result.fileId).not.toBe(kept.fileId);

    expect(await exifr.gps(copy)).toBeUndefined();
    expect(await metadataOf(copy)).toBeUndefined();
    const info = await sharp(copy).metadata();
    expect([info.exif, info.xmp, info.iptc, info.icc]).toEqual([undefined, undefined, undefined, undefined]);
    expect(info.hasProfile).toBe(false);
    for (const text of [COMMENT, CAMERA.Make, 'safe house']) expect(copy.includes(Buffer.from(text))).toBe(false);
    // The orientation was applied to the pixels: the copy stands upright without EXIF.
    expect([info.width, info.height, info.orientation]).toEqual([48, 64, undefined]);

    expect(await verifyVaultFile(t.vault, kept.fileId, kept)).toEqual({ fileId: kept.fileId, status: 'intact' });
    const originalAgain = await readAll(t.vault.chunks(kept.fileId));
    expect(sha256(originalAgain)).toBe(kept.sha256);
    expect(await exifr.gps(originalAgain)).toBeDefined();
    expect(await verifyVaultFile(t.vault, result.fileId, result)).toMatchObject({ status: 'intact' });
  });

  it('strips EXIF, XMP, ICC and text chunks from a PNG', async () => {
    const png = withPngText(await photo(40, 30).png().toBuffer(), 'Comment', COMMENT);
    expect(pngChunks(png)).toEqual(['IHDR', 'tEXt', 'iCCP', 'eXIf', 'pHYs', 'zTXt', 'IDAT', 'IEND']);
    expect(await exifr.gps(png)).toBeDefined();

    const result = await makeShareableCopy(t.vault, await stored(png, 'screen.png'));
    const copy = await readAll(t.vault.chunks(result.fileId));
    expect(result.typeId).toBe('png');
    // pHYs is the pixel density (dots per metre), which says nothing of where or by whom.
    expect(pngChunks(copy).filter((c) => c !== 'IDAT')).toEqual(['IHDR', 'pHYs', 'IEND']);
    expect(await metadataOf(copy)).toBeUndefined();
    expect(copy.includes(Buffer.from(COMMENT))).toBe(false);
  });

  it('strips EXIF, XMP and ICC from a WebP', async () => {
    const webp = await photo(40, 30).webp().toBuffer();
    const exif = (await sharp(webp).metadata()).exif;
    // exifr reads no WebP; the EXIF block sharp finds is a TIFF structure after "Exif\0\0".
    expect(await exifr.gps(exif!.subarray(6))).toMatchObject({ latitude: expect.closeTo(41.329, 3) });

    const result = await makeShareableCopy(t.vault, await stored(webp, 'chat.webp'));
    const info = await sharp(await readAll(t.vault.chunks(result.fileId))).metadata();
    expect([info.format, info.exif, info.xmp, info.icc, info.hasProfile]).toEqual([
      'webp',
      undefined,
      undefined,
      undefined,
      false,
    ]);
  });

  it('refuses formats it cannot copy without their metadata', async () => {
    const heic = await stored(samples.heic(), 'IMG_0001.heic');
    await expect(makeShareableCopy(t.vault, heic)).rejects.toThrow(ShareableCopyUnsupportedError);
    await expect(makeShareableCopy(t.vault, heic)).rejects.toThrow(
      'a shareable copy cannot be made of a HEIC image (only JPEG, PNG and WebP images)',
    );
    const pdf = await stored(samples.pdf(), 'report.pdf');
    await expect(makeShareableCopy(t.vault, pdf)).rejects.toThrow(/cannot be made of a PDF document/);
  });

  it('fails, storing nothing, when the original does not decrypt', async () => {
    const jpeg = await stored(await photo(32, 32).jpeg().toBuffer(), 'a.jpg');
    const before = await vaultIds(t.vault);
    const wrongKey = await EvidenceVault.open(t.dataDir, randomBytes(32));
    await expect(makeShareableCopy(wrongKey, jpeg)).rejects.toThrow(/does not authenticate/);
    expect(await vaultIds(t.vault)).toEqual(before);
  });
});
