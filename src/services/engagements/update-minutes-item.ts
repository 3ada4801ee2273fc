import type { Actor } from '../../security/roles.js';
import { findMinutesItem, updateMinutesItem as updateRow } from '../../store/engagements.js';
import type { Deps } from '../deps.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { requireEngagement } from './engagement-access.js';
import { itemLabels, minutesItemView } from './engagement-view.js';

/** Correct the text of one item of the minutes. */
export function updateMinutesItem(
  deps: Deps,
  actor: Actor,
  engagementId: string,
  itemId: string,
  patch: { version: number; text: string },
) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireEngagement(ctx, engagementId, 'engagement:record');
    const item = await findMinutesItem(ctx.tx, itemId);
    if (item?.engagement_id !== engagementId) throw new NotFoundError('minutes item');
    if (item.version !== patch.version) throw new ConflictError('minutes item', item.version);
    const updated = await updateRow(ctx.tx, itemId, patch.version, {
      text: deps.cipher.encrypt('minutes_items', 'text', itemId, patch.text),
      updated_at: ctx.now.toISOString(),
    });
    if (!updated) throw new ConflictError('minutes item', item.version + 1);
    await ctx.audit({
      action: 'engagement.minutes.update',
      targetType: 'engagement',
      targetId: engagementId,
      details: { itemId, fields: ['text'] },
    });
    return minutesItemView(deps.cipher, updated, await itemLabels(ctx, [updated]));
  });
}
