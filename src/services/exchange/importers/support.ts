import { randomUUID } from 'node:crypto';
import { dateOf } from '../../../domain/calendar.js';
import { endOfEnded } from '../../../domain/support.js';
import { minorUnits } from '../../../exchange/import/amount.js';
import { entitlementRow, layoutOf } from '../../../exchange/import/row-schemas.js';
import { insertEntitlement } from '../../../store/support.js';
import { parseRow, type Importer } from '../importer.js';

/** Entitlements of the clients of existing cases, as `POST /api/people/:id/support` records them. */
export const supportImporter: Importer = {
  layout: layoutOf(entitlementRow),
  async check(ctx, lookups, values) {
    const { valid, problems, complete: row } = parseRow(entitlementRow, values);
    const found = valid.case_code ? await lookups.caseFor(valid.case_code, 'support:update') : null;
    if (valid.case_code && !found) {
      problems.push({ column: 'case_code', message: 'no case with this code whose support you may record' });
    }
    const providerId = valid.provider ? await lookups.organizationFor(valid.provider) : null;
    if (valid.provider && !providerId) {
      problems.push({ column: 'provider', message: 'no organization with this id or name (or more than one)' });
    }
    const amount = valid.amount && valid.currency ? minorUnits(valid.amount, valid.currency) : null;
    if (typeof amount === 'string') problems.push({ column: 'amount', message: amount });
    let endsOn = valid.ends_on ?? null;
    if (valid.status === 'ended') {
      const end = endOfEnded(endsOn, true, dateOf(ctx.now));
      if (typeof end === 'string') endsOn = end;
      else problems.push({ column: 'ends_on', message: end.message });
    }
    if (endsOn !== null && valid.starts_on && endsOn < valid.starts_on) {
      problems.push({ column: 'ends_on', message: `must not be before starts_on (it would end ${endsOn})` });
    }
    if (!row || problems.length > 0 || !found || !providerId || typeof amount === 'string') return { problems };
    return {
      write: async () => {
        const id = randomUUID();
        const at = ctx.now.toISOString();
        await insertEntitlement(ctx.tx, {
          id,
          person_id: found.clientId,
          provider_id: providerId,
          kind: row.kind,
          amount_minor: amount,
          currency: row.currency,
          period: row.period,
          starts_on: row.starts_on,
          ends_on: endsOn,
          basis: row.basis ?? null,
          status: row.status,
          recorded_by: ctx.actor.userId,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await ctx.audit({
          action: 'support.entitlement.create',
          targetType: 'entitlement',
          targetId: id,
          caseId: found.id,
          details: { personId: found.clientId, kind: row.kind, imported: true },
        });
      },
    };
  },
};
