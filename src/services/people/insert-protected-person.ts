import { randomUUID } from 'node:crypto';
import {
  CASE_BOUND_KINDS,
  deriveInitials,
  type Identity,
  type Location,
  type PersonKind,
} from '../../domain/person.js';
import { insertIdentity, insertPerson } from '../../store/people.js';
import { indexPersonNames } from '../names/index-person-names.js';
import type { UseCaseContext } from '../use-case.js';
import { sealIdentity, sealLocation } from './protected-fields.js';

/**
 * Insert a person with the protected part encrypted; lists see only the label. The names of clients,
 * relatives and witnesses go into the blind index (keyed hashes only) for duplicate and contact searches.
 */
export async function insertProtectedPerson(
  ctx: UseCaseContext,
  input: {
    kind: PersonKind;
    label?: string | null;
    identity: Identity;
    location?: Location | null;
    organizationId?: string | null;
    roleTitle?: string | null;
  },
) {
  const id = randomUUID();
  const at = ctx.now.toISOString();
  const person = await insertPerson(ctx.tx, {
    id,
    kind: input.kind,
    label: input.label ?? deriveInitials(input.identity),
    organization_id: input.organizationId ?? null,
    role_title: input.roleTitle ?? null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await insertIdentity(ctx.tx, {
    person_id: id,
    identity: sealIdentity(ctx.deps.cipher, id, input.identity),
    location: input.location ? sealLocation(ctx.deps.cipher, id, input.location) : null,
    updated_at: at,
  });
  if (CASE_BOUND_KINDS.includes(input.kind)) await indexPersonNames(ctx.tx, ctx.deps, id, input.identity, at);
  return person;
}
