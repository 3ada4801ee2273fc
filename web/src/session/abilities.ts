import { allows, type GlobalAction } from '../../../src/security/policy';
import { useSession } from './session-context';

/**
 * What the signed-in user may do outside a case, decided by the server's own policy
 * (src/security/policy.ts) from the role and teams the server reported. Screens hide what is
 * not allowed; the server refuses it anyway. Abilities on a case come with the case
 * (`abilities` in GET /api/cases/:id).
 */
export function useAbilities(): { can: (action: GlobalAction) => boolean } {
  const { me } = useSession();
  return {
    can: (action) =>
      !!me &&
      allows(
        {
          userId: me.userId,
          role: me.role,
          teamIds: me.teamIds,
          authenticatedAt: new Date(me.authenticatedAt),
          awaitingSecondFactor: !me.secondFactorPassed,
        },
        action,
      ),
  };
}
