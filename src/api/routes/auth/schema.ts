import { z } from 'zod';
import { id } from '../../../domain/common.js';
import { role } from '../../../security/roles.js';

export const loginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const me = z.strictObject({
  userId: id,
  role,
  teamIds: z.array(id),
});

export const loginResponse = z.strictObject({ token: z.string(), user: me });
