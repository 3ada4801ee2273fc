import type { VerificationInput } from '../../domain/claim.js';
import { derivedStatus } from '../../domain/claim-comparison.js';
import type { Actor } from '../../security/roles.js';
import { claimsOfTopic, replaceEvidence, updateTopic } from '../../store/claims.js';
import type { Deps } from '../deps.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { checkSource } from './check-source.js';
import { requireTopic } from './topic-access.js';
import { findingsOf, presentTopic } from './topic-view.js';

/**
 * Record a finding on a topic: verified or refuted, with the claims and sources it rests on;
 * or withdraw it ("unverified"), after which the status follows the claims again.
 */
export function verifyTopic(deps: Deps, actor: Actor, topicId: string, input: VerificationInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row: topic, caseIds } = await requireTopic(ctx, topicId, 'update');
    if (topic.version !== input.version) throw new ConflictError('claim-topic', topic.version);
    const claims = await claimsOfTopic(ctx.tx, topicId);
    const claimIds = new Set(claims.map((c) => c.id));
    for (const [i, e] of input.evidence.entries()) {
      if ('claimId' in e && !claimIds.has(e.claimId)) {
        throw new InvalidInputError(`evidence.${i}.claimId`, 'no claim on this topic has this id');
      }
      if ('source' in e) await checkSource(ctx, e.source, caseIds, `evidence.${i}.source`);
    }
    const status = input.status === 'unverified' ? derivedStatus('unverified', findingsOf(claims)) : input.status;
    const updated = await updateTopic(ctx.tx, topicId, input.version, {
      status,
      status_note: input.note ? deps.cipher.encrypt('claim_topics', 'status_note', topicId, input.note) : null,
      updated_at: ctx.now.toISOString(),
    });
    if (!updated) throw new ConflictError('claim-topic', topic.version + 1);
    await replaceEvidence(
      ctx.tx,
      topicId,
      input.evidence.map((e, i) => ({
        topic_id: topicId,
        position: i + 1,
        claim_id: 'claimId' in e ? e.claimId : null,
        source_kind: 'source' in e ? e.source.kind : null,
        source_id: 'source' in e ? e.source.id : null,
      })),
    );
    await ctx.audit({
      action: 'claim-topic.verify',
      targetType: 'claim-topic',
      targetId: topicId,
      details: { from: topic.status, status, evidence: input.evidence.length },
    });
    return presentTopic(ctx, updated, caseIds);
  });
}
