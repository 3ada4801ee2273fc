import { z } from 'zod';
import { DATASET_NAMES, EXPORT_FORMATS, EXPORT_PURPOSES } from '../../../exchange/export-request.js';
import { importKind } from '../../../exchange/import/import-kind.js';

export const exportParams = z.strictObject({ dataset: z.enum(DATASET_NAMES) });
export const exportQuery = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  purpose: z.enum(EXPORT_PURPOSES).default('internal'),
});
export const exportFile = z.unknown().describe('the records as CSV, HXL-tagged CSV or a JSON array');

/** A CSV file sent as text inside JSON; larger files go through `safehold import`. */
export const importBody = z.strictObject({
  kind: importKind,
  csv: z.string().min(1, { error: 'must not be empty' }),
  dryRun: z.boolean(),
});

export const importReport = z.strictObject({
  kind: importKind,
  dryRun: z.boolean(),
  rows: z.number().int(),
  written: z.number().int(),
  problems: z.array(z.strictObject({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
});
