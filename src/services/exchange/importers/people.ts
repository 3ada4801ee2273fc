import { identityOf, layoutOf, personRow } from '../../../exchange/import/row-schemas.js';
import { linkPerson } from '../../../store/cases.js';
import { insertProtectedPerson } from '../../people/insert-protected-person.js';
import { parseRow, type Importer } from '../importer.js';

/** Relatives and witnesses on existing cases, as `POST /api/cases/:id/people` adds them. */
export const peopleImporter: Importer = {
  layout: layoutOf(personRow),
  async check(ctx, lookups, values) {
    const { valid, problems, complete: row } = parseRow(personRow, values);
    const found = valid.case_code ? await lookups.caseFor(valid.case_code, 'person:create') : null;
    if (valid.case_code && !found) {
      problems.push({ column: 'case_code', message: 'no case with this code that you may add people to' });
    }
    if (!row || !found || problems.length > 0) return { problems };
    return {
      write: async () => {
        const person = await insertProtectedPerson(ctx, {
          kind: row.kind,
          label: row.label,
          identity: identityOf(row),
        });
        await linkPerson(ctx.tx, {
          case_id: found.id,
          person_id: person.id,
          relation: row.kind,
          relationship: row.relationship ?? null,
          created_at: ctx.now.toISOString(),
        });
        await ctx.audit({
          action: 'person.create',
          targetType: 'person',
          targetId: person.id,
          caseId: found.id,
          details: { kind: row.kind, location: false, imported: true },
        });
      },
    };
  },
};
