import { randomUUID } from 'node:crypto';
import { dayOf } from '../../../domain/calendar-days.js';
import { engagementRow, layoutOf } from '../../../exchange/import/row-schemas.js';
import { insertEngagement, linkEngagementCases } from '../../../store/engagements.js';
import { parseRow, type Importer } from '../importer.js';

/** Requests sent to organizations about existing cases, as `POST /api/engagements` records them. */
export const engagementsImporter: Importer = {
  layout: layoutOf(engagementRow),
  async check(ctx, lookups, values) {
    const { valid, problems, complete: row } = parseRow(engagementRow, values);
    const caseIds: string[] = [];
    for (const code of valid.case_codes ?? []) {
      const found = await lookups.caseFor(code, 'engagement:record');
      if (found) caseIds.push(found.id);
      else problems.push({ column: 'case_codes', message: `no case ${code} that you may record engagements on` });
    }
    const organizationId = valid.organization ? await lookups.organizationFor(valid.organization) : null;
    if (valid.organization && !organizationId) {
      problems.push({ column: 'organization', message: 'no organization with this id or name (or more than one)' });
    }
    if (valid.requested_on && valid.requested_on > dayOf(ctx.now)) {
      problems.push({ column: 'requested_on', message: 'must not be in the future' });
    }
    if (!row || problems.length > 0 || !organizationId) return { problems };
    return {
      write: async () => {
        const id = randomUUID();
        const at = ctx.now.toISOString();
        await insertEngagement(ctx.tx, {
          id,
          organization_id: organizationId,
          requested_by: ctx.actor.userId,
          requested_on: row.requested_on,
          channel: row.channel,
          subject: ctx.deps.cipher.encrypt('engagements', 'subject', id, row.subject),
          status: 'requested',
          outcome_on: null,
          place: null,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await linkEngagementCases(ctx.tx, id, caseIds);
        await ctx.audit({
          action: 'engagement.create',
          targetType: 'engagement',
          targetId: id,
          details: { organizationId, caseIds, imported: true },
        });
      },
    };
  },
};
