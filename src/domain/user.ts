import { z } from 'zod';
import { line } from './common.js';
import { role } from './role.js';

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, { error: 'must be 2–64 letters, digits, dots, dashes or underscores' });

export const newUserInput = z.strictObject({
  username,
  displayName: line(120),
  role,
  password: z.string(),
});
export type NewUserInput = z.infer<typeof newUserInput>;
