import type { Actor } from '../../security/roles.js';
import { claimsOfTopic } from '../../store/claims.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { claimLabels, claimView, findingsOf } from './topic-view.js';
import { visibleTopicsOfCase } from './visible-topics.js';

/** Which claims contradict each other, topic by topic, on the topics of a case: both sides of each pair. */
export function listContradictions(deps: Deps, actor: Actor, caseId: string) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'read');
    const out = [];
    for (const { row } of await visibleTopicsOfCase(ctx, caseId)) {
      const claims = await claimsOfTopic(ctx.tx, row.id);
      const findings = findingsOf(claims);
      if (findings.contradictions.length === 0) continue;
      const labels = await claimLabels(ctx, claims);
      const byId = new Map(claims.map((c) => [c.id, claimView(deps.cipher, c, labels, findings)]));
      out.push({
        topic: { id: row.id, title: row.title, status: row.status },
        pairs: findings.contradictions.map((c) => ({
          reason: c.reason,
          claims: c.claimIds.map((id) => byId.get(id)).filter((v) => v !== undefined),
        })),
      });
    }
    return out;
  });
}
