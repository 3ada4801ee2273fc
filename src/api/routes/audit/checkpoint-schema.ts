import { z } from 'zod';
import { checkpointJson } from '../../../security/audit-checkpoint.js';
import { before, limit } from './schema.js';

// Apart from the entries' schemas: the checkpoint's hashing code is for the server only, and the
// web application imports the entries' schemas.
export const checkpointsQuery = z.strictObject({ before, limit });
export const checkpoint = checkpointJson;
export const checkpointsResponse = z.strictObject({
  items: z.array(checkpointJson),
  nextBefore: z.number().int().min(0).nullable(),
});
