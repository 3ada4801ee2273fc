import { CASE_BOUND_KINDS, type Identity, type Location, type PersonKind } from '../../domain/person.js';
import type { Actor } from '../../security/roles.js';
import { linkPerson } from '../../store/cases.js';
import { requireCase } from '../access/require-case.js';
import type { Deps } from '../deps.js';
import { InvalidInputError } from '../errors.js';
import { runUseCase } from '../use-case.js';
import { profileFromIdentity } from '../../domain/names/profile.js';
import { duplicateAuditDetails, duplicateWarning } from '../names/duplicate-warning.js';
import { insertProtectedPerson } from './insert-protected-person.js';
import { presentPerson } from './person-view.js';

export interface NewCasePersonInput {
  kind: PersonKind;
  /** How they relate to the client, such as "brother". */
  relationship?: string | null;
  label?: string | null;
  identity: Identity;
  location?: Location | null;
}

/** Register a relative, a witness or another client on a case; they are reachable only through it. */
export function addCasePerson(deps: Deps, actor: Actor, caseId: string, input: NewCasePersonInput) {
  return runUseCase(deps, actor, async (ctx) => {
    await requireCase(ctx, caseId, 'person:create');
    if (!CASE_BOUND_KINDS.includes(input.kind)) {
      throw new InvalidInputError('kind', 'officials belong in the directory, not on a case');
    }
    const row = await insertProtectedPerson(ctx, input);
    const warning = await duplicateWarning(ctx, profileFromIdentity(input.identity), row.id);
    await linkPerson(ctx.tx, {
      case_id: caseId,
      person_id: row.id,
      relation: input.kind,
      relationship: input.relationship ?? null,
      created_at: ctx.now.toISOString(),
    });
    await ctx.audit({
      action: 'person.create',
      targetType: 'person',
      targetId: row.id,
      caseId,
      details: {
        kind: row.kind,
        location: Boolean(input.location),
        ...(warning ? duplicateAuditDetails(warning) : {}),
      },
    });
    return { ...(await presentPerson(ctx, row)), duplicateWarning: warning };
  });
}
