export type VaultFileProblem =
  'missing' | 'not-a-vault-file' | 'unsupported-version' | 'foreign' | 'damaged' | 'truncated' | 'trailing-data';

const PROBLEM_TEXT: Record<VaultFileProblem, string> = {
  missing: 'is missing from the vault',
  'not-a-vault-file': 'is not a vault file (its header is wrong)',
  'unsupported-version': 'has a format version this Safehold does not read',
  foreign: 'holds another file: its header names a different file id',
  damaged: 'is damaged',
  truncated: 'is truncated: it ends without its final chunk',
  'trailing-data': 'has data after its final chunk',
};

/** A stored file that cannot be read back exactly as it was written. */
export class VaultFileError extends Error {
  constructor(
    readonly fileId: string,
    readonly problem: VaultFileProblem,
    detail?: string,
  ) {
    super(`vault file ${fileId} ${PROBLEM_TEXT[problem]}${detail ? `: ${detail}` : ''}`);
    this.name = 'VaultFileError';
  }
}

export type RefusalReason =
  'empty' | 'too-large' | 'type-not-accepted' | 'type-mismatch' | 'image-too-large' | 'unreadable' | 'archive-limits';

/** A file refused at intake. The message names the problem, never the file's name or content. */
export class FileRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    problem: string,
  ) {
    super(`${problem}; nothing was stored`);
    this.name = 'FileRefusedError';
  }
}

/** A shareable copy asked of a file whose format cannot be re-encoded without its metadata. */
export class ShareableCopyUnsupportedError extends Error {
  constructor(what: string) {
    super(`a shareable copy cannot be made of ${what}`);
    this.name = 'ShareableCopyUnsupportedError';
  }
}
