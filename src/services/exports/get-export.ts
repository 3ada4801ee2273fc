import type { Actor } from '../../security/roles.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireVisibleExport } from './export-access.js';
import { exportView } from './export-view.js';

export function getExport(deps: Deps, actor: Actor, id: string) {
  return runUseCase(deps, actor, async (ctx) => exportView(await requireVisibleExport(ctx, id, 'export.read')));
}
