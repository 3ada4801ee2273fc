import { dayOf } from '../../domain/calendar-days.js';
import type { ContactSearchInput } from '../../domain/contact-request.js';
import type { Actor } from '../../security/roles.js';
import { updateContactRequest } from '../../store/contact-requests.js';
import { partyLabels } from '../../store/party-labels.js';
import type { Deps } from '../deps.js';
import { ConflictError } from '../errors.js';
import { findNameCandidates } from '../names/name-candidates.js';
import { peopleInReach } from '../names/people-in-reach.js';
import { runUseCase } from '../use-case.js';
import { requireContactRequest } from './contact-request-access.js';
import { openSought } from './contact-request-fields.js';

/**
 * Look for the person sought among the people the actor may reveal the identity of: the names the
 * family gave (and any other spellings the caseworker adds) through the blind index, scored with
 * the birth year, nationality and relatives. People in cases the actor does not see are never
 * decrypted nor mentioned. The candidates are for the caseworker to review; nothing is decided.
 * The first search moves a received request to searching.
 */
export function searchContactCandidates(deps: Deps, actor: Actor, id: string, input: ContactSearchInput) {
  return runUseCase(deps, actor, async (ctx) => {
    let row = await requireContactRequest(ctx, id, 'search');
    const sought = openSought(deps.cipher, id, row.sought);
    let reach = new Map<string, string[]>();
    const found = await findNameCandidates(
      ctx.tx,
      deps,
      {
        names: [...sought.names, ...input.moreNames],
        birthYear: sought.birthYear ?? null,
        nationality: sought.nationality ?? null,
        relatives: sought.relatives,
      },
      async (ids) => {
        reach = await peopleInReach(ctx, ids, 'identity:reveal');
        return ids.filter((p) => reach.has(p));
      },
    );
    if (row.status === 'received') {
      const updated = await updateContactRequest(ctx.tx, id, row.version, {
        status: 'searching',
        status_on: dayOf(ctx.now),
        updated_at: ctx.now.toISOString(),
      });
      if (!updated) throw new ConflictError('contact-request', row.version + 1);
      row = updated;
    }
    const labels = await partyLabels(ctx.tx, {
      personIds: found.candidates.map((c) => c.personId),
      organizationIds: [],
      userIds: [],
    });
    await ctx.audit({
      action: 'contact-request.search',
      targetType: 'contact-request',
      targetId: id,
      details: {
        candidates: found.candidates.map((c) => c.personId),
        scored: found.scored,
        moreNames: input.moreNames.length,
      },
    });
    return {
      status: row.status,
      version: row.version,
      scored: found.scored,
      commonKeysSkipped: found.commonKeysSkipped,
      candidates: found.candidates.map((c) => ({
        personId: c.personId,
        label: labels.people.get(c.personId)?.label ?? '?',
        caseIds: reach.get(c.personId) ?? [],
        score: c.match.score,
        level: c.level,
        name: c.match.name
          ? {
              searched: c.match.name.query,
              recorded: c.match.name.candidate,
              parts: c.match.name.parts.map((p) => ({ searched: p.query, recorded: p.candidate, how: p.how })),
            }
          : null,
        details: c.match.details.map((d) => ({ detail: d.detail, how: d.how, adjustment: d.adjustment })),
      })),
    };
  });
}
