import type { Selectable } from 'kysely';
import { partyLabels } from '../../store/party-labels.js';
import type { ContactRequestsTable } from '../../store/schema.js';
import type { UseCaseContext } from '../use-case.js';
import { openMessage, openRequester, openShared, openSought } from './contact-request-fields.js';

export type ContactRequestRow = Selectable<ContactRequestsTable>;

/** A contact request as its handlers see it, decrypted: every use case that shows it is audited. */
export async function presentContactRequest(ctx: UseCaseContext, row: ContactRequestRow) {
  const { cipher } = ctx.deps;
  const labels = await partyLabels(ctx.tx, {
    personIds: row.sought_person_id ? [row.sought_person_id] : [],
    organizationIds: [],
    userIds: row.answer_recorded_by ? [row.answer_recorded_by] : [],
  });
  return {
    id: row.id,
    teamId: row.team_id,
    receivedOn: row.received_on,
    requester: openRequester(cipher, row.id, row.requester),
    sought: openSought(cipher, row.id, row.sought),
    message: row.message ? openMessage(cipher, row.id, row.message) : null,
    soughtPerson: row.sought_person_id
      ? { id: row.sought_person_id, label: labels.people.get(row.sought_person_id)?.label ?? '?' }
      : null,
    status: row.status,
    statusOn: row.status_on,
    consultedOn: row.consulted_on,
    answer:
      row.answer && row.answered_on && row.answer_method && row.answer_recorded_by && row.answer_recorded_at
        ? {
            answer: row.answer,
            on: row.answered_on,
            method: row.answer_method,
            recordedBy: { id: row.answer_recorded_by, name: labels.users.get(row.answer_recorded_by) ?? '?' },
            recordedAt: row.answer_recorded_at,
          }
        : null,
    shared: row.shared ? openShared(cipher, row.id, row.shared) : null,
    contactMadeOn: row.contact_made_on,
    closedOn: row.closed_on,
    createdBy: row.created_by,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
