import { z } from 'zod';
import { id, isoDate } from '../../../domain/common.js';
import { PERIODS } from '../../../domain/disclosure/periods.js';
import { money } from '../support/schema.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month as YYYY-MM' });

export const dashboardQuery = z.strictObject({
  period: z.enum(PERIODS).default('quarter'),
  from: month.optional(),
  to: month.optional(),
});

/** A count as shown: the number, or null with "<5" (under the threshold) or "x" (hidden to protect another). */
const shown = z.strictObject({ count: z.number().int().nullable(), display: z.string() });

const list = z.strictObject({
  keys: z.array(z.string()),
  cells: z.array(shown),
  total: shown,
  threshold: z.number().int(),
});

const table = z.strictObject({
  rows: z.array(z.string()),
  rowLabels: z.array(z.strictObject({ term: z.string(), label: z.string() })),
  columns: z.array(z.string()),
  cells: z.array(z.array(shown)),
  rowTotals: z.array(shown),
  columnTotals: z.array(shown),
  total: shown,
  threshold: z.number().int(),
});

/** Why a section is not counted for this use; null when it is. */
const withheld = z.string().nullable();

export const dashboardResponse = z.strictObject({
  on: isoDate,
  /** internal: a supervisor's teams; publication: the installation, with consent to anonymous use. */
  use: z.enum(['internal', 'publication']),
  threshold: z.number().int(),
  clients: z.strictObject({
    withheld,
    byStatusBasis: list.nullable(),
    workPermit: list.nullable(),
    travelDocument: list.nullable(),
  }),
  support: z.strictObject({
    withheld,
    outlook: list.nullable(),
    received: z
      .strictObject({
        from: month,
        to: month,
        currencies: z.array(
          z.strictObject({
            currency: z.string(),
            recipients: list,
            amounts: z.array(money.nullable()),
            totalAmount: money.nullable(),
          }),
        ),
      })
      .nullable(),
  }),
  incidents: z.strictObject({
    period: z.enum(PERIODS),
    from: month,
    to: month,
    byActType: table,
    byPerpetratorType: table,
  }),
  referrals: z.strictObject({ withheld, byOutcome: list.nullable() }),
  agencies: z.strictObject({
    exchanges: list,
    organizations: z.array(
      z.strictObject({
        organizationId: id,
        name: z.string(),
        exchanges: shown,
        medianDays: z.number().int().nullable(),
        p25Days: z.number().int().nullable(),
        p75Days: z.number().int().nullable(),
      }),
    ),
  }),
});
