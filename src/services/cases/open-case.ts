import { randomBytes, randomUUID } from 'node:crypto';
import { caseCode } from '../../domain/case.js';
import type { AuditEntry } from '../../security/audit-log.js';
import { addAssignment, findCaseByCode, insertCase, linkPerson } from '../../store/cases.js';
import type { UseCaseContext } from '../use-case.js';

export interface NewCase {
  clientId: string;
  teamId: string | null;
  /** The day the case was opened; today when not given. */
  openedOn: string | null;
  summary: string | null;
}

/**
 * What opening a case writes, from the screen or from an import: the case under a fresh code
 * (its summary encrypted), the client linked, the user who opens it assigned, and the audit entry
 * with the details given.
 */
export async function openCase(ctx: UseCaseContext, input: NewCase, details: AuditEntry['details'] = {}) {
  const id = randomUUID();
  const at = ctx.now.toISOString();
  const row = await insertCase(ctx.tx, {
    id,
    code: await freshCode(ctx),
    client_id: input.clientId,
    team_id: input.teamId,
    status: 'intake',
    opened_on: input.openedOn ?? at.slice(0, 10),
    closed_on: null,
    summary: input.summary ? ctx.deps.cipher.encrypt('cases', 'summary', id, input.summary) : null,
    version: 1,
    created_at: at,
    updated_at: at,
  });
  await linkPerson(ctx.tx, {
    case_id: id,
    person_id: input.clientId,
    relation: 'client',
    relationship: null,
    created_at: at,
  });
  await addAssignment(ctx.tx, id, ctx.actor.userId, at);
  await ctx.audit({
    action: 'case.create',
    targetType: 'case',
    targetId: id,
    caseId: id,
    details: { clientId: input.clientId, ...details },
  });
  return row;
}

async function freshCode(ctx: UseCaseContext): Promise<string> {
  for (;;) {
    const code = caseCode(randomBytes(8));
    if (!(await findCaseByCode(ctx.tx, code))) return code;
  }
}
