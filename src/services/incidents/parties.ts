import type { Attribution } from '../../domain/attribution.js';
import { findOrganization } from '../../store/organizations.js';
import { personOnCases } from '../../store/party-labels.js';
import { findPerson } from '../../store/people.js';
import { InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/** A party named in the input, with the field to blame if it cannot be used. */
export interface NamedParty {
  field: string;
  party: Attribution;
}

/**
 * Refuse, naming the field, a party that cannot be named in an incident of these cases: a person
 * must be an official of the directory or recorded on one of the cases (no one else's client can
 * be pulled in by id); an organization must exist. The message is the same whether the person
 * does not exist or is out of reach.
 */
export async function requireParties(
  ctx: UseCaseContext,
  caseIds: readonly string[],
  named: readonly NamedParty[],
): Promise<void> {
  for (const { field, party } of named) {
    if (party.personId !== undefined) {
      const person = await findPerson(ctx.tx, party.personId);
      const reachable =
        person !== undefined && (person.kind === 'official' || (await personOnCases(ctx.tx, person.id, caseIds)));
      if (!reachable) {
        throw new InvalidInputError(`${field}.personId`, 'no person with this id on the cases of the incident');
      }
    } else if (party.organizationId !== undefined && !(await findOrganization(ctx.tx, party.organizationId))) {
      throw new InvalidInputError(`${field}.organizationId`, 'no organization with this id', 'unknown_record');
    }
  }
}

/** The two columns of a party. */
export function partyColumns(party: Attribution | null | undefined) {
  return { personId: party?.personId ?? null, organizationId: party?.organizationId ?? null };
}
