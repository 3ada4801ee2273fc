import type { Harness, TestUser } from '../support/harness.js';
import { call, expectStatus } from '../casework/support.js';

/** A name as the person registration takes it. */
export function latinName(given: string, family: string) {
  return { script: 'latin', given, family, full: `${given} ${family}` };
}

export function persianName(full: string) {
  return { script: 'persian', full };
}

/** Open a case for a new client with these names (and details), for one of the user's teams. */
export async function registerClient(
  h: Harness,
  as: TestUser,
  identity: { names: object[]; aliases?: string[]; birthDate?: string; nationality?: string },
  teamId?: string,
) {
  const r = await call(h, as, 'POST', '/api/cases', { client: { identity }, ...(teamId ? { teamId } : {}) });
  return expectStatus<{
    id: string;
    clientId: string;
    duplicateWarning: { visible: { personId: string; caseIds: string[]; label: string }[]; elsewhere: boolean } | null;
  }>(r, 201);
}
