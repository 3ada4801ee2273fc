import { supportOutlook } from '../../domain/support-forecast.js';
import { listEntitlements } from '../../store/support.js';
import { entitlementView } from '../support/entitlement-view.js';
import type { UseCaseContext } from '../use-case.js';

/** The client's entitlements in force on `on` and until when all their support keeps them covered. */
export async function supportSection(ctx: UseCaseContext, personId: string, on: string, horizonDays: number) {
  const entitlements = (await listEntitlements(ctx.tx, personId)).map(entitlementView);
  return {
    horizonDays,
    outlook: supportOutlook(entitlements, on, horizonDays),
    active: entitlements.filter(
      (e) => e.status === 'active' && e.startsOn <= on && (e.endsOn === null || e.endsOn >= on),
    ),
  };
}
