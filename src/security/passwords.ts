import { sodium } from './sodium.js';

/**
 * Argon2id with t=2 and m=64 MiB (above the OWASP floor of t=2, m=19 MiB, p=1); libsodium
 * always uses p=1. The parameters are part of the stored string ($argon2id$v=19$m=…,t=…,p=1$…),
 * so they can be raised later without breaking stored hashes.
 */
export const PASSWORD_OPSLIMIT = 2;
export const PASSWORD_MEMLIMIT = 64 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const out = Buffer.alloc(sodium.crypto_pwhash_STRBYTES);
  await new Promise<void>((resolve, reject) => {
    sodium.crypto_pwhash_str_async(
      out,
      Buffer.from(password.normalize('NFC')),
      PASSWORD_OPSLIMIT,
      PASSWORD_MEMLIMIT,
      (err) => (err ? reject(err) : resolve()),
    );
  });
  return out.toString('utf8').replace(/\0+$/, '');
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const str = Buffer.alloc(sodium.crypto_pwhash_STRBYTES);
  str.write(stored, 'utf8');
  return new Promise<boolean>((resolve) => {
    sodium.crypto_pwhash_str_verify_async(str, Buffer.from(password.normalize('NFC')), (err, ok) =>
      resolve(!err && ok),
    );
  });
}
