/** A backup file, or the place to restore it, that restore will not use. Nothing was changed. */
export class BackupRefusedError extends Error {
  constructor(reason: string) {
    super(`${reason}; nothing was restored`);
    this.name = 'BackupRefusedError';
  }
}
