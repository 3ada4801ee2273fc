import { z } from 'zod';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import { CONSENT_METHODS, referralInput, referralStatus, referralStatusInput } from '../../../domain/referral.js';

const organizationRef = z.strictObject({ id, name: z.string() });

export const referral = z.strictObject({
  id,
  caseId: id,
  from: organizationRef.nullable(),
  to: organizationRef,
  sentOn: isoDate,
  purpose: z.string(),
  status: referralStatus,
  statusOn: isoDate,
  outcome: z.string().nullable(),
  consent: z
    .strictObject({ givenOn: isoDate, method: z.enum(CONSENT_METHODS), recordedBy: id, recordedAt: isoTimestamp })
    .nullable(),
  consentOverride: z.strictObject({ by: id, reason: z.string() }).nullable(),
  minutesItemId: id.nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const referralList = z.strictObject({ items: z.array(referral) });
export const createBody = referralInput;
export const statusBody = referralStatusInput;
