import type { UsersTable } from '../../store/schema.js';

/** A user as administrators see it: never the password hash or second-factor secrets. */
export function userView(row: UsersTable, secondFactor: { totp: boolean; webauthn: number }) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled_at !== null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    secondFactor,
  };
}
