import { z } from 'zod';
import { id, isoTimestamp, line, version } from '../../../domain/common.js';
import { identity, label, location, personKind } from '../../../domain/person.js';
import { PERSON_ACTIONS, type PersonAction } from '../../../security/policy.js';
import { paging } from '../common-schema.js';
import { duplicateWarning } from '../contact-requests/duplicate-schema.js';

export const personAbilities = z.strictObject(
  Object.fromEntries(PERSON_ACTIONS.map((a) => [a, z.boolean()])) as Record<PersonAction, z.ZodBoolean>,
);

export const person = z.strictObject({
  id,
  kind: personKind,
  label: z.string(),
  organizationId: id.nullable(),
  organizationName: z.string().nullable(),
  roleTitle: z.string().nullable(),
  version,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  abilities: personAbilities,
});
/** A person registered on a case, with a warning when they are likely recorded already. */
export const personCreated = person.extend({ duplicateWarning });

const roleTitle = line(120);

export const directoryQuery = paging.extend({ organizationId: id.optional() });
export const directoryResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      id,
      label: z.string(),
      organizationId: id.nullable(),
      roleTitle: z.string().nullable(),
      version,
      updatedAt: isoTimestamp,
    }),
  ),
});
export const officialBody = z.strictObject({
  label: label.nullish(),
  identity,
  organizationId: id,
  roleTitle,
});

export const casePersonBody = z.strictObject({
  kind: personKind.exclude(['official']),
  relationship: line(80).nullish(),
  label: label.nullish(),
  identity,
  location: location.nullish(),
});
export const casePeopleResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      id,
      kind: personKind,
      label: z.string(),
      version,
      relation: z.string(),
      relationship: z.string().nullable(),
    }),
  ),
});

export const personPatchBody = z.strictObject({
  version,
  label: label.optional(),
  roleTitle: roleTitle.nullish(),
  organizationId: id.nullish(),
});
export const identityBody = z.strictObject({ version, identity });
export const locationBody = z.strictObject({ version, location: location.nullable() });

export const revealBody = z.strictObject({
  reason: line(500).min(3, { error: 'must be at least 3 characters' }),
});
export const identityRevealed = z.strictObject({ personId: id, identity, revealedUntil: isoTimestamp });
export const locationRevealed = z.strictObject({
  personId: id,
  location: location.nullable(),
  revealedUntil: isoTimestamp,
});
