import type { Role } from '../domain/role.js';

export { role, ROLES, type Role } from '../domain/role.js';

/** The signed-in user on whose behalf a use case runs. */
export interface Actor {
  userId: string;
  role: Role;
  teamIds: readonly string[];
  /** When the user last proved who they are (login, second factor or step-up). */
  authenticatedAt: Date;
  /**
   * The session acted through: its opaque id, never its token. Absent for an actor that does
   * not act through a session (the demo loader, start-up tasks).
   */
  sessionId?: string;
  /**
   * True after the password step until a second factor is checked (or enrolled). Such a
   * session may only enrol or verify a second factor, or log out; the policy refuses it
   * everything else.
   */
  awaitingSecondFactor?: boolean;
}

/** Who is acting when no person is: start-up tasks, the demo loader, migrations. */
export const SYSTEM_ACTOR_ID = null;
