import { profileFromIdentity } from '../../domain/names/profile.js';
import type { Identity } from '../../domain/person.js';
import type { Actor } from '../../security/roles.js';
import { requireGlobal } from '../access/require-global.js';
import type { Deps } from '../deps.js';
import { runUseCase } from '../use-case.js';
import { duplicateAuditDetails, duplicateWarning } from './duplicate-warning.js';

export type DuplicateCheckInput = Pick<Identity, 'names' | 'aliases' | 'birthDate' | 'nationality'>;

/** Before saving a new person: is someone with these names (and birth year) likely recorded already? */
export function checkDuplicates(deps: Deps, actor: Actor, input: DuplicateCheckInput) {
  return runUseCase(deps, actor, async (ctx) => {
    requireGlobal(ctx, 'person:duplicate-check', { type: 'person' });
    const warning = await duplicateWarning(ctx, profileFromIdentity({ ...input, languages: [] }), null);
    // Every check is recorded with what it disclosed: repeated probes for one name stand out.
    await ctx.audit({ action: 'person.duplicate-check', details: duplicateAuditDetails(warning) });
    return { duplicateWarning: warning };
  });
}
