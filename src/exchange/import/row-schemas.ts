import { z } from 'zod';
import { caseSummary } from '../../domain/case.js';
import { countryCode, isoDate, line } from '../../domain/common.js';
import { engagementRequestInput, requestChannel } from '../../domain/engagement.js';
import { currencyCode } from '../../domain/money.js';
import { identity, label, SCRIPTS, type Identity } from '../../domain/person.js';
import { entitlementStatus, supportKind, supportPeriod } from '../../domain/support.js';
import { amountCell } from './amount.js';

/**
 * One CSV row of each import, column by column: every value is text, an empty cell is absent.
 * The rules are the domain's own, so a row is held to what the API holds a request to.
 */
const person = {
  full_name: line(250),
  script: z.enum(SCRIPTS).default('latin'),
  given_name: line(120).optional(),
  family_name: line(120).optional(),
  label: label.optional(),
  birth_date: identity.shape.birthDate.unwrap().unwrap().optional(),
  nationality: countryCode.optional(),
  phone: identity.shape.phone.unwrap().unwrap().optional(),
};

export function identityOf(row: z.infer<z.ZodObject<typeof person>>): Identity {
  return {
    names: [
      { script: row.script, given: row.given_name ?? null, family: row.family_name ?? null, full: row.full_name },
    ],
    aliases: [],
    birthDate: row.birth_date ?? null,
    nationality: row.nationality ?? null,
    languages: [],
    phone: row.phone ?? null,
  };
}

const caseCode = z
  .string()
  .trim()
  .regex(/^C-[0-9A-Z]{4}-[0-9A-Z]{4}$/, { error: 'must be a case code such as C-7K2M-Q9XA' });

/** A new client and their case. */
export const caseRow = z.strictObject({
  ...person,
  team: line(120).optional(),
  opened_on: isoDate.optional(),
  summary: caseSummary.optional(),
});

/** A relative or a witness on an existing case. */
export const personRow = z.strictObject({
  ...person,
  case_code: caseCode,
  kind: z.enum(['family_member', 'witness']),
  relationship: line(120).optional(),
});

/** What a provider grants the client of an existing case. */
export const entitlementRow = z.strictObject({
  case_code: caseCode,
  provider: line(200),
  kind: supportKind,
  amount: amountCell.optional(),
  currency: currencyCode,
  period: supportPeriod,
  starts_on: isoDate,
  ends_on: isoDate.optional(),
  basis: line(200).optional(),
  status: entitlementStatus.default('active'),
});

/** A request sent to an organization about one or more existing cases (codes separated by semicolons). */
export const engagementRow = z.strictObject({
  case_codes: z
    .string()
    .transform((s) => s.split(';').map((c) => c.trim()))
    .pipe(z.array(caseCode).min(1).max(100))
    .refine((codes) => new Set(codes).size === codes.length, { error: 'must not list a case twice' }),
  organization: line(200),
  requested_on: isoDate,
  channel: requestChannel,
  subject: engagementRequestInput.shape.subject,
});

/** The columns of a row schema, and those without a default that must be given. */
export function layoutOf(schema: z.ZodObject) {
  const shape: Record<string, z.ZodType> = schema.shape;
  const columns = Object.keys(shape);
  const required = columns.filter((c) => shape[c]?.safeParse(undefined).success === false);
  return { columns, required };
}
