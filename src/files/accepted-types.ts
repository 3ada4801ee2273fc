/**
 * The kinds of file the evidence vault accepts: the documents, photos, recordings and videos a
 * lawyer receives from clients, and nothing that runs or unpacks into something else. Each is
 * recognised from its content (magic bytes, via file-type), and its file name extension and
 * declared media type must agree with what the content is.
 *
 * - Archives (ZIP, RAR, 7z, …) are refused: send the documents themselves. Office documents
 *   that are ZIP containers (DOCX, XLSX, ODT, ODS) are accepted and their entries inspected for
 *   zip-bomb limits. Presentations, macro-enabled documents, RTF, legacy .doc and HTML are not
 *   accepted: convert them to PDF.
 * - MP4, M4A, M4V and MOV are one family (ISO base media files): phones name the same
 *   container either way, so any of these extensions fits any of these contents.
 * - Plain text is accepted only as UTF-8 without NUL bytes.
 */
export type AcceptedTypeId =
  | 'pdf'
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'heic'
  | 'mp3'
  | 'wav'
  | 'ogg'
  | 'iso-media'
  | 'webm'
  | 'text'
  | 'docx'
  | 'xlsx'
  | 'odt'
  | 'ods';

/** A further check of the content beyond its type: image dimensions, archive entries, text encoding. */
export type ContentInspection = 'image' | 'archive' | 'text' | null;

export interface AcceptedType {
  id: AcceptedTypeId;
  /** Names the type in messages: "the content is a JPEG image". */
  label: string;
  /** The media type recorded for the file. */
  mime: string;
  extensions: readonly string[];
  /** The media types file-type reports for such content (none for plain text). */
  detected: readonly string[];
  /** The media types a client may declare for it (application/octet-stream is no declaration). */
  declared: readonly string[];
  inspection: ContentInspection;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';
const ISO_MEDIA = ['video/mp4', 'audio/mp4', 'audio/x-m4a', 'video/x-m4v', 'video/quicktime'];

export const ACCEPTED_TYPES: readonly AcceptedType[] = [
  {
    id: 'pdf',
    label: 'a PDF document',
    mime: 'application/pdf',
    extensions: ['pdf'],
    detected: ['application/pdf'],
    declared: ['application/pdf'],
    inspection: null,
  },
  {
    id: 'jpeg',
    label: 'a JPEG image',
    mime: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    detected: ['image/jpeg'],
    declared: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
    inspection: 'image',
  },
  {
    id: 'png',
    label: 'a PNG image',
    mime: 'image/png',
    extensions: ['png'],
    detected: ['image/png', 'image/apng'],
    declared: ['image/png', 'image/apng'],
    inspection: 'image',
  },
  {
    id: 'webp',
    label: 'a WebP image',
    mime: 'image/webp',
    extensions: ['webp'],
    detected: ['image/webp'],
    declared: ['image/webp'],
    inspection: 'image',
  },
  {
    id: 'heic',
    label: 'a HEIC image',
    mime: 'image/heic',
    extensions: ['heic', 'heif'],
    detected: ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'],
    declared: ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence'],
    inspection: 'image',
  },
  {
    id: 'mp3',
    label: 'an MP3 recording',
    mime: 'audio/mpeg',
    extensions: ['mp3'],
    detected: ['audio/mpeg'],
    declared: ['audio/mpeg', 'audio/mp3'],
    inspection: null,
  },
  {
    id: 'wav',
    label: 'a WAV recording',
    mime: 'audio/wav',
    extensions: ['wav'],
    detected: ['audio/wav'],
    declared: ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'],
    inspection: null,
  },
  {
    id: 'ogg',
    label: 'an Ogg recording (Opus or Vorbis)',
    mime: 'audio/ogg',
    extensions: ['ogg', 'oga', 'opus'],
    detected: ['audio/ogg', 'audio/ogg; codecs=opus'],
    declared: ['audio/ogg', 'audio/opus'],
    inspection: null,
  },
  {
    id: 'iso-media',
    label: 'an MP4, M4A or MOV recording',
    mime: 'video/mp4',
    extensions: ['mp4', 'm4a', 'm4v', 'mov'],
    detected: ISO_MEDIA,
    declared: [...ISO_MEDIA, 'audio/m4a'],
    inspection: null,
  },
  {
    id: 'webm',
    label: 'a WebM recording',
    mime: 'video/webm',
    extensions: ['webm'],
    detected: ['video/webm'],
    declared: ['video/webm', 'audio/webm'],
    inspection: null,
  },
  {
    id: 'text',
    label: 'plain text',
    mime: 'text/plain',
    extensions: ['txt'],
    detected: [],
    declared: ['text/plain'],
    inspection: 'text',
  },
  {
    id: 'docx',
    label: 'a Word document (DOCX)',
    mime: DOCX,
    extensions: ['docx'],
    detected: [DOCX],
    declared: [DOCX],
    inspection: 'archive',
  },
  {
    id: 'xlsx',
    label: 'an Excel spreadsheet (XLSX)',
    mime: XLSX,
    extensions: ['xlsx'],
    detected: [XLSX],
    declared: [XLSX],
    inspection: 'archive',
  },
  {
    id: 'odt',
    label: 'an OpenDocument text (ODT)',
    mime: ODT,
    extensions: ['odt'],
    detected: [ODT],
    declared: [ODT],
    inspection: 'archive',
  },
  {
    id: 'ods',
    label: 'an OpenDocument spreadsheet (ODS)',
    mime: ODS,
    extensions: ['ods'],
    detected: [ODS],
    declared: [ODS],
    inspection: 'archive',
  },
];

export const ACCEPTED_EXTENSIONS = ACCEPTED_TYPES.flatMap((t) => t.extensions);

export function typeForExtension(extension: string): AcceptedType | undefined {
  return ACCEPTED_TYPES.find((t) => t.extensions.includes(extension));
}

export function typeForDetected(mime: string): AcceptedType | undefined {
  return ACCEPTED_TYPES.find((t) => t.detected.includes(mime));
}

export type Category = 'document' | 'image' | 'audio' | 'video' | 'text';

/** What a file is to a person: an M4A is a recording, an MP4 a video, though one type holds both. */
export function categoryOf(mime: string): Category {
  const top = mime.slice(0, mime.indexOf('/'));
  return top === 'image' || top === 'audio' || top === 'video' || top === 'text' ? top : 'document';
}
