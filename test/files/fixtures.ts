import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { EvidenceVault } from '../../src/files/vault-store.js';

export interface TempVault {
  vault: EvidenceVault;
  dataDir: string;
  dataKey: Buffer;
  close(): Promise<void>;
}

/** A vault in a fresh temporary data directory, under a random data key. */
export async function tempVault(): Promise<TempVault> {
  const dataDir = await mkdtemp(join(tmpdir(), 'safehold-vault-'));
  const dataKey = randomBytes(32);
  const vault = await EvidenceVault.open(dataDir, dataKey);
  return { vault, dataDir, dataKey, close: () => rm(dataDir, { recursive: true, force: true }) };
}

export async function readAll(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A source that hands the bytes over in pieces of the given size, as an upload does. */
export function pieces(bytes: Buffer, size = 10_000): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })(),
  );
}

export async function vaultIds(vault: EvidenceVault): Promise<string[]> {
  const ids: string[] = [];
  for await (const id of vault.ids()) ids.push(id);
  return ids;
}

export async function stagingFiles(dataDir: string): Promise<string[]> {
  return readdir(join(dataDir, 'vault', 'staging'));
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** An ISO base media box: size, type, body. */
function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'latin1'), body]);
}
const fullBox = (type: string, ...parts: Buffer[]) => box(type, Buffer.alloc(4), ...parts);
const ftyp = (brand: string, ...compatible: string[]) =>
  box('ftyp', Buffer.from(brand, 'latin1'), u32(0), ...[brand, ...compatible].map((c) => Buffer.from(c, 'latin1')));

/** Enough of each format for its magic bytes to be recognised, padded with noise. */
export const samples = {
  pdf: () => Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  mp3: () => Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(4000)]),
  wav: () => Buffer.concat([Buffer.from('RIFF'), u32(0), Buffer.from('WAVEfmt '), randomBytes(2000)]),
  opus: () => Buffer.concat([Buffer.from('OggS'), Buffer.alloc(24), Buffer.from('OpusHead'), randomBytes(2000)]),
  mp4: (extra = 2000) => Buffer.concat([ftyp('isom', 'mp41'), randomBytes(extra)]),
  m4a: () => Buffer.concat([ftyp('M4A ', 'isom'), randomBytes(2000)]),
  mov: () => Buffer.concat([ftyp('qt  '), randomBytes(2000)]),
  webm: () =>
    Buffer.concat([
      Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84]),
      Buffer.from('webm'),
      randomBytes(2000),
    ]),
  heic: (width = 4032, height = 3024) =>
    Buffer.concat([
      ftyp('heic', 'mif1'),
      fullBox('meta', box('iprp', box('ipco', fullBox('ispe', u32(width), u32(height))))),
      randomBytes(2000),
    ]),
  exe: () => Buffer.concat([Buffer.from('MZ'), randomBytes(2000)]),
  text: () => Buffer.from('Meeting of 9 October: the officer said support ended in 2016.\nشنبه\n', 'utf8'),
};

/** A PNG of a header claiming the given dimensions and no pixels: enough for the type and dimensions. */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.concat([u32(width), u32(height), Buffer.from([8, 2, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    u32(13),
    Buffer.from('IHDR'),
    ihdr,
    u32(0),
    u32(0),
    Buffer.from('IEND'),
    u32(0),
  ]);
}

export interface ZipEntry {
  name: string;
  data: Buffer | (() => Readable);
  compress?: boolean;
}

/** A ZIP file (yazl) of the given entries. */
export async function zip(entries: ZipEntry[]): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const e of entries) {
    const options = { compress: e.compress ?? true, mtime: new Date('2024-10-09T10:00:00Z') };
    if (Buffer.isBuffer(e.data)) z.addBuffer(e.data, e.name, options);
    else z.addReadStream(e.data(), e.name, options);
  }
  z.end();
  return readAll(z.outputStream as AsyncIterable<Buffer>);
}

const CONTENT_TYPES = (main: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
  );

export const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** A small Word document: [Content_Types].xml first, then the body and any further entries. */
export function docx(more: ZipEntry[] = []): Promise<Buffer> {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES(DOCX_MAIN) },
    { name: 'word/document.xml', data: Buffer.from('<w:document><w:body>Statement</w:body></w:document>') },
    ...more,
  ]);
}

export function odt(): Promise<Buffer> {
  return zip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), compress: false },
    { name: 'content.xml', data: Buffer.from('<office:document-content>Statement</office:document-content>') },
  ]);
}

/** Zeros, streamed: compresses about a thousand to one. */
export function zeros(bytes: number): () => Readable {
  return () =>
    Readable.from(
      (function* () {
        const block = Buffer.alloc(64 * 1024);
        for (let left = bytes; left > 0; left -= block.length) yield block.subarray(0, Math.min(left, block.length));
      })(),
    );
}

/** The offsets of each central directory record of a ZIP file. */
export function centralRecords(zipBytes: Buffer): number[] {
  const offsets: number[] = [];
  for (let i = zipBytes.indexOf('PK\x01\x02'); i >= 0; i = zipBytes.indexOf('PK\x01\x02', i + 4)) offsets.push(i);
  return offsets;
}
