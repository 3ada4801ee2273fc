import { findOrganization } from '../../store/organizations.js';
import { personOnCases } from '../../store/party-labels.js';
import { findPerson } from '../../store/people.js';
import { findUser } from '../../store/users.js';
import { InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/**
 * A person named in a record of these cases: an official from the directory, or someone
 * recorded on one of the cases. Anyone else is "not found", whether or not they exist.
 */
export async function checkPerson(ctx: UseCaseContext, personId: string, caseIds: readonly string[], field: string) {
  const person = await findPerson(ctx.tx, personId);
  if (!person || (person.kind !== 'official' && !(await personOnCases(ctx.tx, personId, caseIds)))) {
    throw new InvalidInputError(field, 'no official, and no one on these cases, with this id');
  }
}

export async function checkOrganization(ctx: UseCaseContext, organizationId: string, field: string) {
  if (!(await findOrganization(ctx.tx, organizationId))) {
    throw new InvalidInputError(field, 'no organization with this id', 'unknown_record');
  }
}

export async function checkUser(ctx: UseCaseContext, userId: string, field: string) {
  if (!(await findUser(ctx.tx, userId))) throw new InvalidInputError(field, 'no user with this id', 'unknown_record');
}

/** Check whichever of person, organization or user the attribution names. */
export async function checkAttribution(
  ctx: UseCaseContext,
  who: { personId?: string | undefined; organizationId?: string | undefined; userId?: string | undefined },
  caseIds: readonly string[],
  field: string,
) {
  if (who.personId) await checkPerson(ctx, who.personId, caseIds, `${field}.personId`);
  if (who.organizationId) await checkOrganization(ctx, who.organizationId, `${field}.organizationId`);
  if (who.userId) await checkUser(ctx, who.userId, `${field}.userId`);
}
