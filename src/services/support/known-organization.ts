import { findOrganization } from '../../store/organizations.js';
import { InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/** Refuse an organization id that is not in the records, naming the field that gave it. */
export async function requireKnownOrganization(
  ctx: UseCaseContext,
  field: string,
  organizationId: string | null | undefined,
): Promise<void> {
  if (organizationId && !(await findOrganization(ctx.tx, organizationId))) {
    throw new InvalidInputError(field, 'no organization with this id', 'unknown_record');
  }
}
