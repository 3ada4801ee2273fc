import { dayOf } from '../../../domain/calendar-days.js';
import { caseRow, identityOf, layoutOf } from '../../../exchange/import/row-schemas.js';
import { openCase } from '../../cases/open-case.js';
import { insertProtectedPerson } from '../../people/insert-protected-person.js';
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
        await openCase(
          ctx,
          { clientId: client.id, teamId, openedOn: row.opened_on ?? null, summary: row.summary ?? null },
          { newClient: true, imported: true },
        );
      },
    };
  },
};
