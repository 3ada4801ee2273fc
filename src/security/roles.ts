import type { Role } from '../domain/role.js';

export { role, ROLES, type Role } from '../domain/role.js';

/** The signed-in user on whose behalf a use case runs. */
export interface Actor {
  userId: string;
  role: Role;
  teamIds: readonly string[];
  /** When the user last proved who they are (login or step-up). */
  authenticatedAt: Date;
}

/** Who is acting when no person is: start-up tasks, the demo loader, migrations. */
export const SYSTEM_ACTOR_ID = null;
