// Typed access to the one crypto library we use for AEAD, Argon2id and streams.
import sodium from 'sodium-native';

export { sodium };

export function randomBytes(length: number): Buffer {
  const buf = Buffer.alloc(length);
  sodium.randombytes_buf(buf);
  return buf;
}
