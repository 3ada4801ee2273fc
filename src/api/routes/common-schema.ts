import { z } from 'zod';
import { id, version } from '../../domain/common.js';

export const idParams = z.strictObject({ id });
export const versionBody = z.strictObject({ version });
export const paging = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const noContent = z.null();
