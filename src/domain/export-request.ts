import { z } from 'zod';
import { id, line } from './common.js';

/** A bulk export of identities: requested, then approved or refused by a second person, then run once. */
export const EXPORT_STATUSES = ['pending', 'approved', 'refused', 'executed'] as const;
export const exportStatus = z.enum(EXPORT_STATUSES);
export type ExportStatus = z.infer<typeof exportStatus>;

export const EXPORT_SCOPES = ['team', 'cases'] as const;
export type ExportScopeKind = (typeof EXPORT_SCOPES)[number];

/** Whose identities: the clients of every case of one team, or of the cases listed. */
export const exportScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('team'), teamId: id }),
  z.strictObject({
    kind: z.literal('cases'),
    caseIds: z
      .array(id)
      .min(1, { error: 'list at least one case' })
      .max(500, { error: 'at most 500 cases per export' })
      .refine((ids) => new Set(ids).size === ids.length, { error: 'must not list a case twice' }),
  }),
]);
export type ExportScope = z.infer<typeof exportScope>;

const why = line(500).min(3, { error: 'must be at least 3 characters' });

export const exportRequestInput = z.strictObject({ scope: exportScope, reason: why });
export type ExportRequestInput = z.infer<typeof exportRequestInput>;

export const exportDecisionInput = z.strictObject({ note: why.nullish() });
export const exportRefusalInput = z.strictObject({ note: why });
