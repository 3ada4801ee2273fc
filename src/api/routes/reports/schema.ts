import { z } from 'zod';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import { consentPurpose, withdrawalInput } from '../../../domain/consent.js';
import {
  HIT_ACTIONS,
  hitResolutionInput,
  renderQuery,
  reportConsentInput,
  reportDraftInput,
  reportPatch,
  reportStatus,
  reportStatusInput,
} from '../../../domain/report.js';

export const report = z.strictObject({
  id,
  engagementId: id,
  status: reportStatus,
  title: z.string(),
  body: z.string(),
  conclusions: z.string(),
  /** Every text the report shows, by field key, for the hits to be highlighted in. */
  texts: z.array(z.strictObject({ field: z.string(), text: z.string() })),
  /** Hits of the redaction check: offsets in UTF-16 code units, end exclusive. */
  hits: z.array(
    z.strictObject({
      field: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      kind: z.enum(['name', 'phone', 'place']),
      personLabel: z.string(),
      resolution: z
        .strictObject({
          action: z.enum(HIT_ACTIONS),
          replacement: z.string().nullable(),
          reason: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  unresolved: z.number().int(),
  consents: z.array(
    z.strictObject({
      id,
      personId: id,
      purpose: consentPurpose,
      givenOn: isoDate,
      method: z.string(),
      withdrawnOn: isoDate.nullable(),
    }),
  ),
  /** The people the report names, by their consent; everyone else appears by label. */
  namedPersonIds: z.array(id),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const createBody = reportDraftInput;
export const patchBody = reportPatch;
export const resolutionBody = hitResolutionInput;
export const consentBody = reportConsentInput;
export const consentParams = z.strictObject({ id, consentId: id });
export const withdrawalBody = withdrawalInput;
export const statusBody = reportStatusInput;
export const documentQuery = renderQuery;
export const documentBody = z.unknown().describe('the report as an HTML page or a PDF file');
