import type { ExportStatus } from '../../domain/export-request.js';
import type { Actor } from '../../security/roles.js';
import { exportRequestsFor } from '../../store/export-requests.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { mayDecide } from './export-access.js';
import { exportView } from './export-view.js';

/** Pending requests are few: read them all and keep those the actor may decide. */
const PENDING_SCAN_LIMIT = 500;

/** The actor's own export requests and the pending ones waiting for their decision, newest first. */
export function listExports(deps: Deps, actor: Actor, opts: { status?: ExportStatus; limit: number }) {
  return runUseCase(deps, actor, async (ctx) => {
    const rows = await exportRequestsFor(ctx.tx, actor.userId, { status: opts.status, limit: PENDING_SCAN_LIMIT });
    const items = [];
    for (const row of rows) {
      if (items.length === opts.limit) break;
      if (row.requested_by === actor.userId || (await mayDecide(ctx, row))) items.push(exportView(row));
    }
    return items;
  });
}
