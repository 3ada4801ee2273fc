import { pipeline } from 'node:stream/promises';
import sharp, { type Sharp } from 'sharp';
import { ACCEPTED_TYPES, type AcceptedTypeId } from './accepted-types.js';
import { DEFAULT_CONTENT_LIMITS, type ContentLimits } from './content-check.js';
import { ShareableCopyUnsupportedError } from './errors.js';
import { intakeFile, type IntakeResult } from './intake.js';
import type { EvidenceVault } from './vault-store.js';

interface Encoding {
  fileName: string;
  mime: string;
  encode: (image: Sharp) => Sharp;
}

/** Each image format is copied into the same format; photographs at quality 90. */
const ENCODINGS: Partial<Record<AcceptedTypeId, Encoding>> = {
  jpeg: { fileName: 'shareable.jpg', mime: 'image/jpeg', encode: (image) => image.jpeg({ quality: 90 }) },
  png: { fileName: 'shareable.png', mime: 'image/png', encode: (image) => image.png() },
  webp: { fileName: 'shareable.webp', mime: 'image/webp', encode: (image) => image.webp({ quality: 90 }) },
};

/**
 * A copy of a stored image that can be shown outside the case: decoded and re-encoded (sharp)
 * with no metadata at all — no EXIF (so no GPS position, camera serial or time), no XMP, no
 * IPTC, no comments, no ICC profile (the pixels are converted to sRGB, which viewers assume
 * when no profile is present; a camera's or editor's profile can name the device). The EXIF
 * orientation is applied to the pixels first, so the copy looks as the original does.
 *
 * The copy is a new vault file with its own SHA-256; the original is only read. HEIC photos
 * cannot be copied: the image library here has no HEVC decoder.
 */
export async function makeShareableCopy(
  vault: EvidenceVault,
  original: { fileId: string; typeId: AcceptedTypeId },
  limits: ContentLimits = DEFAULT_CONTENT_LIMITS,
): Promise<IntakeResult> {
  const encoding = ENCODINGS[original.typeId];
  if (!encoding) {
    const label = ACCEPTED_TYPES.find((t) => t.id === original.typeId)?.label ?? original.typeId;
    throw new ShareableCopyUnsupportedError(`${label} (only JPEG, PNG and WebP images)`);
  }
  const image = encoding.encode(sharp({ limitInputPixels: limits.maxImagePixels, failOn: 'error' }).autoOrient());
  const claim = { fileName: encoding.fileName, declaredType: encoding.mime };
  return pipeline(vault.read(original.fileId), image, (encoded: AsyncIterable<Uint8Array>) =>
    intakeFile(vault, encoded, claim, limits),
  );
}
