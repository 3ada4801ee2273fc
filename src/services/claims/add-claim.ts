import { randomUUID } from 'node:crypto';
import type { ClaimInput } from '../../domain/claim.js';
import { derivedStatus } from '../../domain/claim-comparison.js';
import type { Actor } from '../../security/roles.js';
import { claimsOfTopic, insertClaim, updateTopic } from '../../store/claims.js';
import type { Deps } from '../deps.js';
import { ConflictError } from '../errors.js';
import { checkAttribution } from '../engagements/check-parties.js';
import { runUseCase } from '../use-case.js';
import { checkSource } from './check-source.js';
import { requireTopic } from './topic-access.js';
import { findingsOf, presentTopic } from './topic-view.js';

/**
 * Record who asserted what on a topic, from which source. The topic's status follows the
 * claims (contradicted, corroborated, unverified) unless a person has verified or refuted it.
 */
export function addClaim(deps: Deps, actor: Actor, topicId: string, input: ClaimInput) {
  return runUseCase(deps, actor, async (ctx) => {
    const { row: topic, caseIds } = await requireTopic(ctx, topicId, 'update');
    await checkAttribution(ctx, input.assertedBy, caseIds, 'assertedBy');
    await checkSource(ctx, input.source, caseIds, 'source');
    const id = randomUUID();
    const at = ctx.now.toISOString();
    await insertClaim(ctx.tx, {
      id,
      topic_id: topicId,
      asserted_by_person_id: input.assertedBy.personId ?? null,
      asserted_by_organization_id: input.assertedBy.organizationId ?? null,
      asserted_on: input.assertedOn,
      stance: input.stance,
      value: input.value ? JSON.stringify(input.value) : null,
      about_from: input.aboutFrom ?? null,
      about_to: input.aboutTo ?? null,
      statement: deps.cipher.encrypt('claims', 'statement', id, input.statement),
      source_kind: input.source.kind,
      source_id: input.source.id,
      recorded_by: actor.userId,
      created_at: at,
    });
    const findings = findingsOf(await claimsOfTopic(ctx.tx, topicId));
    const status = derivedStatus(topic.status, findings);
    const current =
      status === topic.status ? topic : await updateTopic(ctx.tx, topicId, topic.version, { status, updated_at: at });
    if (!current) throw new ConflictError('claim-topic', topic.version + 1);
    await ctx.audit({
      action: 'claim.create',
      targetType: 'claim',
      targetId: id,
      details: {
        topicId,
        source: input.source.kind,
        status,
        contradictions: findings.contradictions.filter((c) => c.claimIds.includes(id)).length,
      },
    });
    return presentTopic(ctx, current, caseIds);
  });
}
