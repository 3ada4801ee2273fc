import { open } from 'node:fs/promises';

/** fsync a directory, so that a name just created or removed in it survives a crash. */
export async function syncDirectory(path: string): Promise<void> {
  const dir = await open(path, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
