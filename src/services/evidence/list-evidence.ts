import type { Actor } from '../../security/roles.js';
import { evidenceOf } from '../../store/evidence.js';
import { partyLabels } from '../../store/party-labels.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { requireOwner, type EvidenceOwner } from './evidence-access.js';
import { evidenceView, labelIds } from './evidence-view.js';

/** The evidence of an incident, or of a case, with the intake facts of each file. */
export function listEvidence(deps: Deps, actor: Actor, owner: EvidenceOwner) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireOwner(ctx, owner, 'read');
    const rows = await evidenceOf(ctx.tx, owner);
    const labels = await partyLabels(ctx.tx, labelIds(rows, []));
    return rows.map((r) => evidenceView(deps.cipher, r, labels));
  });
}
