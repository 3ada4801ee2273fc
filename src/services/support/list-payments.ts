import type { Actor } from '../../security/roles.js';
import { findEntitlement, listPayments as listRows } from '../../store/support.js';
import { requirePerson } from '../access/require-person.js';
import type { Deps } from '../deps.js';
import { NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { paymentView } from './payment-view.js';

/** The payments made against one entitlement of a person, latest first. */
export function listPayments(deps: Deps, actor: Actor, personId: string, entitlementId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requirePerson(ctx, personId, 'read', null);
    if (!(await findEntitlement(ctx.tx, personId, entitlementId))) throw new NotFoundError('entitlement');
    return (await listRows(ctx.tx, entitlementId)).map(paymentView);
  });
}
