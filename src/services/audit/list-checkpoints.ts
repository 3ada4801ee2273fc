import { checkpointToJson } from '../../security/audit-checkpoint.js';
import type { Actor } from '../../security/roles.js';
import { recentCheckpoints } from '../../store/audit.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { checkpointFromRow } from './checkpoint-rows.js';

/** Signed checkpoints, newest first, in the export format an auditor keeps elsewhere. */
export function listCheckpoints(deps: Deps, actor: Actor, opts: { before?: number; limit: number }) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'audit:read', { type: 'audit_log' });
    const rows = await recentCheckpoints(ctx.tx, opts);
    await ctx.audit({ action: 'audit.checkpoints.read', targetType: 'audit_log', details: { count: rows.length } });
    return {
      items: rows.map((r) => checkpointToJson(checkpointFromRow(r))),
      nextBefore: rows.length === opts.limit ? (rows.at(-1)?.tree_size ?? null) : null,
    };
  });
}
