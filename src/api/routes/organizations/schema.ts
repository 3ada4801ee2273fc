import { z } from 'zod';
import { id, isoTimestamp, version } from '../../../domain/common.js';
import { organizationInput, organizationKind, organizationPatch } from '../../../domain/organization.js';
import { paging } from '../common-schema.js';

export const organization = z.strictObject({
  id,
  kind: organizationKind,
  name: z.string(),
  acronym: z.string().nullable(),
  country: z.string().nullable(),
  notes: z.string().nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});

export const createBody = organizationInput;
export const updateBody = organizationPatch.extend({ version });
export const listQuery = paging.extend({ kind: organizationKind.optional() });
export const listResponse = z.strictObject({ items: z.array(organization) });
