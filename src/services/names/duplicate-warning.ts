import type { MatchProfile } from '../../domain/names/profile.js';
import { partyLabels } from '../../store/party-labels.js';
import type { UseCaseContext } from '../use-case.js';
import { findNameCandidates } from './name-candidates.js';
import { peopleInReach } from './people-in-reach.js';

export interface DuplicateWarning {
  /** Likely duplicates the actor may see: the label and cases only, never a name. */
  visible: { personId: string; label: string; caseIds: string[]; score: number }[];
  /**
   * A likely duplicate is recorded in cases the actor does not see. Only that it exists is said:
   * neither who nor where, so registering someone cannot be used to find a person who left.
   */
  elsewhere: boolean;
}

/**
 * Whether someone being registered is likely already recorded: every registered person sharing a
 * name or pair key with them is scored (only those are decrypted), and those at the "likely" level
 * are reported: by label when the actor may see them, as a bare "exists elsewhere" otherwise.
 * Null when there is none. The caller audits it (auditDetails) with the registration or the check.
 */
export async function duplicateWarning(
  ctx: UseCaseContext,
  profile: MatchProfile,
  excludePersonId: string | null,
): Promise<DuplicateWarning | null> {
  const { candidates } = await findNameCandidates(ctx.tx, ctx.deps, profile, (ids) =>
    Promise.resolve(ids.filter((id) => id !== excludePersonId)),
  );
  const likely = candidates.filter((c) => c.level === 'likely');
  if (likely.length === 0) return null;
  const reach = await peopleInReach(
    ctx,
    likely.map((c) => c.personId),
    'read',
  );
  const labels = await partyLabels(ctx.tx, { personIds: reach.keys(), organizationIds: [], userIds: [] });
  const visible = likely.flatMap((c) => {
    const caseIds = reach.get(c.personId);
    const label = labels.people.get(c.personId)?.label;
    return caseIds && label ? [{ personId: c.personId, label, caseIds, score: c.match.score }] : [];
  });
  return { visible, elsewhere: visible.length < likely.length };
}

/** What an audit entry says of a warning: whom it showed, and whether it said "elsewhere". */
export function duplicateAuditDetails(warning: DuplicateWarning | null) {
  return {
    duplicatesShown: warning?.visible.map((v) => v.personId) ?? [],
    duplicateElsewhere: warning?.elsewhere ?? false,
  };
}
