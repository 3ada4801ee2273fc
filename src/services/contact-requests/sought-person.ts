import { requirePerson } from '../access/require-person.js';
import { InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';
import type { ContactRequestRow } from './contact-request-view.js';

/** The person matched to a request, who the actor must still see to consult them or record their answer. */
export async function requireSoughtPerson(ctx: UseCaseContext, row: ContactRequestRow) {
  if (!row.sought_person_id) throw new InvalidInputError('status', 'no person has been matched to this request');
  return (await requirePerson(ctx, row.sought_person_id, 'read', null)).person;
}

/** A person the actor may name as the one sought: someone they see in the records, not an official. */
export async function requireMatchablePerson(ctx: UseCaseContext, personId: string, field: string) {
  const { person } = await requirePerson(ctx, personId, 'read', null).catch(() => {
    throw new InvalidInputError(field, 'no person you may see in the records has this id');
  });
  if (person.kind === 'official') throw new InvalidInputError(field, 'an official cannot be the person sought');
  return person;
}
