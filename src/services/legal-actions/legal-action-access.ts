import type { CaseAction } from '../../security/policy.js';
import { findLegalAction } from '../../store/legal-actions.js';
import { requireCase } from '../access/require-case.js';
import { AccessRefused } from '../errors.js';
import type { UseCaseContext } from '../use-case.js';

/** Load a legal action through its case, or refuse as if it did not exist. */
export async function requireLegalAction(ctx: UseCaseContext, id: string, action: CaseAction) {
  const row = await findLegalAction(ctx.tx, id);
  if (!row) throw new AccessRefused(`legal-action.${action}`, { type: 'legal-action', id }, 'not-found');
  await requireCase(ctx, row.case_id, action);
  return row;
}
