import type { Updateable } from 'kysely';
import { dayOf } from '../../domain/calendar-days.js';
import { canTransitionContactRequest, type ContactRequestStatus } from '../../domain/contact-request.js';
import { updateContactRequest } from '../../store/contact-requests.js';
import type { ContactRequestsTable } from '../../store/schema.js';
import type { AuditEntry } from '../../security/audit-log.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';
import { presentContactRequest, type ContactRequestRow } from './contact-request-view.js';

/**
 * One step of a contact request: at the version named, allowed by the status machine, dated no
 * earlier than the previous step and not in the future; written and audited together.
 */
export async function moveContactRequest(
  ctx: UseCaseContext,
  row: ContactRequestRow,
  step: {
    version: number;
    to: ContactRequestStatus;
    on: string;
    changes?: Updateable<ContactRequestsTable>;
    details?: AuditEntry['details'];
  },
) {
  if (row.version !== step.version) throw new ConflictError('contact-request', row.version);
  if (!canTransitionContactRequest(row.status, step.to)) {
    throw new InvalidInputError('status', `a contact request cannot go from ${row.status} to ${step.to}`);
  }
  if (step.on > dayOf(ctx.now)) throw new InvalidInputError('on', 'must not be in the future');
  if (step.on < row.status_on) {
    throw new InvalidInputError('on', `must not be before the request became ${row.status} (${row.status_on})`);
  }
  const updated = await updateContactRequest(ctx.tx, row.id, step.version, {
    ...step.changes,
    status: step.to,
    status_on: step.on,
    updated_at: ctx.now.toISOString(),
  });
  if (!updated) throw new ConflictError('contact-request', row.version + 1);
  await ctx.audit({
    action: `contact-request.${step.to}`,
    targetType: 'contact-request',
    targetId: row.id,
    details: { from: row.status, ...step.details },
  });
  return presentContactRequest(ctx, updated);
}
