import { z } from 'zod';
import { id, isoTimestamp, line, version } from '../../../domain/common.js';
import { username } from '../../../domain/user.js';
import { role } from '../../../security/roles.js';

const password = z.string().min(1).max(128);

export const user = z.strictObject({
  id,
  username: z.string(),
  displayName: z.string(),
  role,
  disabled: z.boolean(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  secondFactor: z.strictObject({ totp: z.boolean(), webauthn: z.number().int() }),
});
export const userList = z.strictObject({ items: z.array(user) });

export const createUserBody = z.strictObject({
  username,
  displayName: line(120),
  role,
  /** Omit to have a random password made and returned once. */
  password: password.optional(),
});
export const createdUser = z.strictObject({
  id,
  username: z.string(),
  displayName: z.string(),
  role,
  /** The generated password, shown this once; null when one was given. */
  initialPassword: z.string().nullable(),
});

export const updateUserBody = z.strictObject({ version, role: role.optional(), displayName: line(120).optional() });

export const resetPasswordBody = z.strictObject({
  password: password.optional(),
  /** Also remove the second factors (the user sets one up again at next sign-in). */
  resetSecondFactor: z.boolean().optional(),
});
export const resetPasswordResponse = z.strictObject({ initialPassword: z.string().nullable() });

export const team = z.strictObject({
  id,
  name: z.string(),
  createdAt: isoTimestamp,
  members: z.array(z.strictObject({ userId: id, username: z.string() })),
});
export const teamList = z.strictObject({ items: z.array(team) });
export const createTeamBody = z.strictObject({ name: line(80) });
export const memberParams = z.strictObject({ id, userId: id });
