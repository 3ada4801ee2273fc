import type { Actor } from '../../security/roles.js';
import { custodyOf } from '../../store/custody.js';
import { partyLabels } from '../../store/party-labels.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireEvidence } from './evidence-access.js';
import { custodyView, evidenceView, labelIds } from './evidence-view.js';

/** A piece of evidence with its whole chain of custody. */
export function getEvidence(deps: Deps, actor: Actor, evidenceId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    const { evidence } = await requireEvidence(ctx, evidenceId, 'read');
    const custody = await custodyOf(ctx.tx, evidenceId);
    const labels = await partyLabels(ctx.tx, labelIds([evidence], custody));
    return { ...evidenceView(deps.cipher, evidence, labels), custody: custody.map((c) => custodyView(c, labels)) };
  });
}
