import type { StoredCredential } from '../../security/webauthn.js';
import type { Db } from '../../store/engine.js';
import { findTotp, listWebauthnCredentials } from '../../store/second-factors.js';
import type { WebauthnCredentialsTable } from '../../store/schema.js';

export function storedCredential(row: WebauthnCredentialsTable): StoredCredential {
  return {
    id: row.id,
    publicKey: new Uint8Array(row.public_key),
    counter: row.counter,
    transports: JSON.parse(row.transports) as string[],
  };
}

/** Whether the account has a second factor already (a confirmed app or a security key). */
export async function hasSecondFactor(tx: Db, userId: string): Promise<boolean> {
  if ((await findTotp(tx, userId))?.confirmed_at) return true;
  return (await listWebauthnCredentials(tx, userId)).length > 0;
}
