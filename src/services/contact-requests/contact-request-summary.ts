import type { Selectable } from 'kysely';
import type { ContactRequestsTable } from '../../store/schema.js';
import { findTeams } from '../../store/users.js';
import type { UseCaseContext } from '../use-case.js';
import { openRequester } from './contact-request-fields.js';

type SummaryRow = Pick<
  Selectable<ContactRequestsTable>,
  'id' | 'team_id' | 'received_on' | 'requester' | 'status' | 'status_on'
>;

/**
 * Requests as a list shows them: when received, by whom to the person sought (the relationship
 * only, never the requester's name or how to reach them), and where they stand. Each one shown
 * is a look at the request, audited; on a case, with the case, since the list links the request
 * to its client. The actor's teams come with them, for recording a new request.
 */
export async function presentContactRequestList(
  ctx: UseCaseContext,
  rows: readonly SummaryRow[],
  through: { list: 'waiting' | 'case'; caseId?: string },
) {
  const items = [];
  for (const row of rows) {
    await ctx.audit({
      action: 'contact-request.list',
      targetType: 'contact-request',
      targetId: row.id,
      caseId: through.caseId ?? null,
      details: { list: through.list, shown: ['relationship', 'status'] },
    });
    items.push({
      id: row.id,
      teamId: row.team_id,
      receivedOn: row.received_on,
      relationship: openRequester(ctx.deps.cipher, row.id, row.requester).relationship,
      status: row.status,
      statusOn: row.status_on,
    });
  }
  return { teams: await findTeams(ctx.tx, ctx.actor.teamIds), items };
}
