import { requirePerson } from '../access/require-person.js';
import { InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';
import type { ContactRequestRow } from './contact-request-view.js';

/** The person matched to a request, who the actor must still see to consult them or record their answer. */
export async function requireSoughtPerson(ctx: UseCaseContext, row: ContactRequestRow) {
  if (!row.sought_person_id) throw new InvalidInputError('status', 'no person has been matched to this request');
  return (await requirePerson(ctx, row.sought_person_id, 'read', null)).person;
}
