import { z } from 'zod';

/** The kinds of record that can be exported, by the name in the export's address. */
export const DATASET_NAMES = [
  'cases',
  'people',
  'support-entitlements',
  'support-payments',
  'engagements',
  'referrals',
  'incidents',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** The records that carry consent to publication: only incidents. */
export const PUBLISHABLE_DATASETS: readonly DatasetName[] = ['incidents'];

/** CSV with a header row; CSV with a second row of HXL hashtags; a JSON array of objects. */
export const EXPORT_FORMATS = ['csv', 'hxl', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

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
