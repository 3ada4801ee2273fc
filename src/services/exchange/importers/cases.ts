import { randomBytes, randomUUID } from 'node:crypto';
import { caseCode } from '../../../domain/case.js';
import { dayOf } from '../../../domain/calendar-days.js';
import { caseRow, identityOf, layoutOf } from '../../../exchange/import/row-schemas.js';
import { addAssignment, findCaseByCode, insertCase, linkPerson } from '../../../store/cases.js';
import { insertProtectedPerson } from '../../people/insert-protected-person.js';
import type { UseCaseContext } from '../../use-case.js';
import { parseRow, type Importer } from '../importer.js';

/** New clients, each with a case opened for them and the importing user assigned, as `POST /api/cases` does. */
export const casesImporter: Importer = {
  layout: layoutOf(caseRow),
  async check(ctx, lookups, values) {
    const { valid, problems, complete: row } = parseRow(caseRow, values);
    const teamId = valid.team ? await lookups.teamFor(valid.team) : null;
    if (valid.team && !teamId) problems.push({ column: 'team', message: 'is not a team you belong to' });
    if (valid.opened_on && valid.opened_on > dayOf(ctx.now)) {
      problems.push({ column: 'opened_on', message: 'must not be in the future' });
    }
    if (!row || problems.length > 0) return { problems };
    return {
      write: async () => {
        const client = await insertProtectedPerson(ctx, {
          kind: 'client',
          label: row.label,
          identity: identityOf(row),
        });
        const id = randomUUID();
        const at = ctx.now.toISOString();
        await insertCase(ctx.tx, {
          id,
          code: await freshCode(ctx),
          client_id: client.id,
          team_id: teamId,
          status: 'intake',
          opened_on: row.opened_on ?? at.slice(0, 10),
          closed_on: null,
          summary: row.summary ? ctx.deps.cipher.encrypt('cases', 'summary', id, row.summary) : null,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await linkPerson(ctx.tx, {
          case_id: id,
          person_id: client.id,
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
          details: { clientId: client.id, newClient: true, imported: true },
        });
      },
    };
  },
};

async function freshCode(ctx: UseCaseContext): Promise<string> {
  for (;;) {
    const code = caseCode(randomBytes(8));
    if (!(await findCaseByCode(ctx.tx, code))) return code;
  }
}
