import { dateOf } from '../../domain/calendar.js';
import type { Actor } from '../../security/roles.js';
import { findPerson } from '../../store/people.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { statusHistory } from '../status/status-history.js';
import { runUseCase } from '../use-case.js';
import { documentsSection } from './documents-section.js';
import { supportSection } from './support-section.js';
import { tasksSection } from './tasks-section.js';

/** How many days ahead the case page warns that all support ends. */
export const OVERVIEW_HORIZON_DAYS = 30;

/**
 * The case page in one read: the client's current legal status, documents (numbers hidden),
 * support in force and when it runs out, and the case's open tasks. Each part is a section
 * loaded here and declared in the route's output schema.
 */
export function getCaseOverview(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row } = await requireCase(ctx, caseId, 'read');
    const client = await findPerson(ctx.tx, row.client_id);
    if (!client) throw new NotFoundError('case');
    const on = dateOf(ctx.now);
    const { current, lapsed } = await statusHistory(ctx, client.id, on);
    return {
      on,
      case: { id: row.id, code: row.code, status: row.status, version: row.version },
      client: { id: client.id, label: client.label },
      legalStatus: { current, lapsed },
      documents: await documentsSection(ctx, client.id, on),
      support: await supportSection(ctx, client.id, on, OVERVIEW_HORIZON_DAYS),
      tasks: await tasksSection(ctx, row.id, on),
    };
  });
}
