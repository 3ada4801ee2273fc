import { z } from 'zod';
import { id, isoDate, isoTimestamp, version } from '../../../domain/common.js';
import {
  entitlementInput,
  entitlementPatch,
  entitlementStatus,
  paymentInput,
  paymentPatch,
  supportKind,
  supportPeriod,
} from '../../../domain/support.js';

export const money = z.strictObject({
  /** Exact: whole minor units (cents for EUR). */
  amountMinor: z.number().int(),
  /** The same in major units, for reading: "500.00". */
  amount: z.string(),
  currency: z.string(),
  /** Digits of the minor unit (2 for EUR and ALL). */
  exponent: z.number().int(),
});

export const entitlement = z.strictObject({
  id,
  personId: id,
  providerId: id,
  providerName: z.string(),
  kind: supportKind,
  amount: money.nullable(),
  currency: z.string(),
  period: supportPeriod,
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  basis: z.string().nullable(),
  status: entitlementStatus,
  recordedBy: id,
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const payment = z.strictObject({
  id,
  entitlementId: id,
  personId: id,
  paidOn: isoDate,
  amount: money,
  recordedBy: id,
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const outlook = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('covered'), coveredUntil: isoDate.nullable() }),
  z.strictObject({
    state: z.literal('losing'),
    coveredUntil: isoDate,
    uncoveredFrom: isoDate,
    resumesOn: isoDate.nullable(),
  }),
  z.strictObject({ state: z.literal('none'), lastCoveredOn: isoDate.nullable(), resumesOn: isoDate.nullable() }),
]);

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month as YYYY-MM' });
const horizon = z.coerce.number().int().min(1).max(366).default(30);
const limit = z.coerce.number().int().min(1).max(500);

const monthsReceived = z.array(z.strictObject({ month, amounts: z.array(money) }));

export const personSupportQuery = z.strictObject({
  on: isoDate.optional(),
  days: horizon,
  from: month.optional(),
  to: month.optional(),
});
export const personSupportResponse = z.strictObject({
  on: isoDate,
  horizonDays: z.number().int(),
  outlook,
  entitlements: z.array(entitlement),
  received: z.strictObject({ from: month, to: month, months: monthsReceived }),
});

export const entitlementParams = z.strictObject({ id, entitlementId: id });
export const paymentParams = z.strictObject({ id, entitlementId: id, paymentId: id });
export const entitlementBody = entitlementInput;
export const entitlementPatchBody = entitlementPatch;
export const paymentBody = paymentInput;
export const paymentPatchBody = paymentPatch;
export const paymentsResponse = z.strictObject({ items: z.array(payment) });

const client = { personId: id, label: z.string(), caseId: id, caseCode: z.string() };

export const forecastQuery = z.strictObject({ on: isoDate.optional(), days: horizon, limit: limit.default(200) });
export const forecastResponse = z.strictObject({
  on: isoDate,
  horizonDays: z.number().int(),
  /** Clients of the open cases in scope, and how many of them stay covered beyond the horizon. */
  clients: z.number().int(),
  covered: z.number().int(),
  /** How many clients lose all support within the horizon, and how many have none on `on`; the lists show the first `limit`. */
  losingCount: z.number().int(),
  withoutSupportCount: z.number().int(),
  /** Covered today, without any support from `uncoveredFrom` (within the horizon) until `resumesOn`. */
  losing: z.array(
    z.strictObject({ ...client, coveredUntil: isoDate, uncoveredFrom: isoDate, resumesOn: isoDate.nullable() }),
  ),
  /** Without any support on `on`. */
  withoutSupport: z.array(
    z.strictObject({ ...client, lastCoveredOn: isoDate.nullable(), resumesOn: isoDate.nullable() }),
  ),
});

export const receivedQuery = z.strictObject({
  from: month.optional(),
  to: month.optional(),
  after: id.optional(),
  limit: limit.default(200),
});
export const receivedResponse = z.strictObject({
  from: month,
  to: month,
  items: z.array(z.strictObject({ ...client, months: monthsReceived })),
  /** Pass as `after` for the next page; null on the last. */
  nextAfter: id.nullable(),
});
