import { z } from 'zod';
import { EXPORT_FORMATS } from './export-format.js';
import { DATASET_NAMES } from './registry.js';

/**
 * What an export is for: internal work on the cases, or a publication, which contains only
 * records whose consent allows it on the day of the export.
 */
export const EXPORT_PURPOSES = ['internal', 'publication'] as const;

export const exportRequest = z.strictObject({
  dataset: z.enum(DATASET_NAMES),
  format: z.enum(EXPORT_FORMATS).default('csv'),
  purpose: z.enum(EXPORT_PURPOSES).default('internal'),
});
export type ExportRequest = z.infer<typeof exportRequest>;
