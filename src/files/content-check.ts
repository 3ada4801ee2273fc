import { fileTypeFromBuffer, type FileTypeResult } from 'file-type';
import { imageSize } from 'image-size';
import { ACCEPTED_EXTENSIONS, typeForDetected, typeForExtension, type AcceptedType } from './accepted-types.js';
import { ArchiveInspector, DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive-check.js';
import { FileRefusedError } from './errors.js';
import { TextInspector } from './text-check.js';

export interface ContentLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest image accepted, in pixels (width × height), read from the header before any decoding. */
  maxImagePixels: number;
  archive: ArchiveLimits;
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxImagePixels: 100_000_000,
  archive: DEFAULT_ARCHIVE_LIMITS,
};

/** The type is recognised, and image dimensions read, from this many first bytes of the file. */
export const HEAD_BYTES = 1024 * 1024;

/** What the sender says the file is: its name (for the extension only) and media type. */
export interface FileClaim {
  fileName: string;
  declaredType?: string | null;
}

export interface RecognisedContent {
  type: AcceptedType;
  /** The media type of the content as recognised (more precise than type.mime, e.g. audio/x-m4a). */
  mime: string;
}

/** Checks the rest of the bytes as they stream past, and the whole once it is stored. */
export interface ContentInspector {
  update(chunk: Buffer): void;
  /** `staged` gives the stored bytes again, for checks that need a second pass. */
  finish(size: number, staged: () => AsyncIterable<Buffer>): Promise<void>;
}

const refuse = (reason: ConstructorParameters<typeof FileRefusedError>[0], problem: string) =>
  new FileRefusedError(reason, problem);

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) {
    throw refuse(
      'type-not-accepted',
      `the file name has no extension; name the file after its type (accepted: ${ACCEPTED_EXTENSIONS.join(', ')})`,
    );
  }
  const extension = base.slice(dot + 1).toLowerCase();
  if (!/^[a-z0-9]{1,10}$/.test(extension)) throw refuse('type-not-accepted', 'the file name extension is not accepted');
  return extension;
}

/** A name for content that is not accepted: "a ZIP archive (application/zip)". */
function describe(detected: FileTypeResult): string {
  const known: Record<string, string> = {
    'application/zip': 'a ZIP archive',
    'application/x-msdownload': 'a Windows executable program',
    'application/x-elf': 'a Linux executable program',
    'application/x-mach-binary': 'a macOS executable program',
  };
  return `${known[detected.mime] ?? `${detected.ext.toUpperCase()} content`} (${detected.mime})`;
}

function checkDeclared(declaredType: string | null | undefined, recognised: RecognisedContent): void {
  const declared = declaredType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (declared === '' || declared === 'application/octet-stream') return;
  if (!/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(declared)) {
    throw refuse('type-mismatch', 'the declared media type is not a media type');
  }
  if (!recognised.type.declared.includes(declared)) {
    throw refuse(
      'type-mismatch',
      `the declared type ${declared} does not match the content, which is ${recognised.type.label}`,
    );
  }
}

function checkImageDimensions(head: Buffer, type: AcceptedType, maxPixels: number): void {
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = imageSize(head));
  } catch {
    // Unreadable headers fall through to the refusal below.
  }
  if (!width || !height) {
    throw refuse('unreadable', `the image dimensions could not be read from the header of ${type.label}`);
  }
  if (width * height > maxPixels) {
    const mp = (n: number) => `${Math.round(n / 100_000) / 10} megapixels`;
    throw refuse(
      'image-too-large',
      `the image is ${width}×${height} pixels (${mp(width * height)}), above the limit of ${mp(maxPixels)}`,
    );
  }
}

/**
 * Recognise a file from its first bytes (up to HEAD_BYTES; all of it when smaller) and check
 * it against the sender's claim: the content must be an accepted type, the file name's
 * extension must name that type, a declared media type must agree, and an image must be within
 * the pixel limit. Throws FileRefusedError naming the problem.
 */
export async function recogniseContent(
  head: Buffer,
  claim: FileClaim,
  limits: ContentLimits,
): Promise<RecognisedContent> {
  const extension = extensionOf(claim.fileName);
  const named = typeForExtension(extension);
  if (!named) {
    throw refuse(
      'type-not-accepted',
      `files ending in .${extension} are not accepted (accepted: ${ACCEPTED_EXTENSIONS.join(', ')})`,
    );
  }
  const detected = await fileTypeFromBuffer(head);
  let recognised: RecognisedContent;
  if (detected) {
    const type = typeForDetected(detected.mime);
    if (!type) {
      throw refuse(
        'type-not-accepted',
        `the file name ends in .${extension} but the content is ${describe(detected)}, which is not accepted`,
      );
    }
    if (type !== named) {
      throw refuse(
        'type-mismatch',
        `the file name ends in .${extension} but the content is ${type.label}, not ${named.label}`,
      );
    }
    recognised = { type, mime: detected.mime };
  } else if (named.detected.length === 0) {
    recognised = { type: named, mime: named.mime };
  } else {
    throw refuse(
      'type-mismatch',
      `the file name ends in .${extension} but the content is not ${named.label} (its type could not be recognised)`,
    );
  }
  checkDeclared(claim.declaredType, recognised);
  if (recognised.type.inspection === 'image') checkImageDimensions(head, recognised.type, limits.maxImagePixels);
  return recognised;
}

const NO_FURTHER_CHECK: ContentInspector = { update: () => undefined, finish: () => Promise.resolve() };

/** The checks that run over the whole file for content of this type. */
export function inspectorFor(type: AcceptedType, limits: ContentLimits): ContentInspector {
  if (type.inspection === 'text') return new TextInspector();
  if (type.inspection === 'archive') return new ArchiveInspector(type, limits.archive);
  return NO_FURTHER_CHECK;
}
