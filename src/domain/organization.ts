import { z } from 'zod';
import { countryCode, line, text } from './common.js';

export const ORGANIZATION_KINDS = [
  'un_agency',
  'government_office',
  'ngo',
  'law_firm',
  'police',
  'court',
  'former_organization',
  'other',
] as const;
export const organizationKind = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof organizationKind>;

export const organizationInput = z.strictObject({
  kind: organizationKind,
  name: line(200),
  acronym: line(40).nullish(),
  country: countryCode.nullish(),
  notes: text(4000).nullish(),
});
export type OrganizationInput = z.infer<typeof organizationInput>;

export const organizationPatch = organizationInput.partial();
export type OrganizationPatch = z.infer<typeof organizationPatch>;
