import type { Selectable } from 'kysely';
import {
  allows,
  allowsOnCase,
  PERSON_ACTIONS,
  type CaseAccessFacts,
  type CaseAction,
  type PersonAction,
} from '../../security/policy.js';
import { findCase } from '../../store/cases.js';
import { casesOfPerson } from '../../store/people.js';
import type { PeopleTable } from '../../store/schema.js';
import { caseFacts } from '../access/require-case.js';
import { requirePerson } from '../access/require-person.js';
import type { UseCaseContext } from '../use-case.js';

export type PersonAbilities = Record<PersonAction, boolean>;

/** The case permission that grants each action on a person linked to that case. */
const ON_CASE: Record<PersonAction, CaseAction> = {
  read: 'read',
  update: 'person:update',
  'identity:reveal': 'identity:reveal',
  'identity:update': 'identity:update',
  'location:reveal': 'location:reveal',
  'location:update': 'location:update',
};

/** The directory permission that grants each action on an official; officials have no whereabouts here. */
const IN_DIRECTORY: Record<PersonAction, 'directory:read' | 'directory:update' | null> = {
  read: 'directory:read',
  update: 'directory:update',
  'identity:reveal': 'directory:read',
  'identity:update': 'directory:update',
  'location:reveal': null,
  'location:update': null,
};

/** Load a person for one action, or refuse exactly as if the person did not exist. */
export function requirePersonAction(ctx: UseCaseContext, personId: string, action: PersonAction) {
  return requirePerson(ctx, personId, ON_CASE[action], IN_DIRECTORY[action]);
}

/** Every action the actor may take on the person, through the directory or any case linking them. */
export async function personAbilities(ctx: UseCaseContext, person: Selectable<PeopleTable>): Promise<PersonAbilities> {
  const facts: CaseAccessFacts[] = [];
  for (const caseId of await casesOfPerson(ctx.tx, person.id)) {
    const c = await findCase(ctx.tx, caseId);
    if (c) facts.push(await caseFacts(ctx.tx, c.id, c.team_id));
  }
  const allowed = (action: PersonAction) => {
    const directoryAction = IN_DIRECTORY[action];
    if (person.kind === 'official' && directoryAction && allows(ctx.actor, directoryAction)) return true;
    return facts.some((f) => allowsOnCase(ctx.actor, ON_CASE[action], f));
  };
  return Object.fromEntries(PERSON_ACTIONS.map((a) => [a, allowed(a)])) as PersonAbilities;
}
