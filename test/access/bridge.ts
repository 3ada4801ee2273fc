import type { TestUser } from '../support/harness.js';
import { incidentBody } from './case-fixture.js';
import type { Target } from './target.js';
import type { WalkRequest } from './walk-request.js';
import { ok, type World } from './world.js';

/**
 * Records that concern both cases at once (a meeting about two clients, a claims topic, an
 * incident, the follow-up of a meeting): made by a lawyer assigned to both, they are for those
 * who may see every case they concern, and for no one who sees only one.
 */
export interface Bridge {
  lawyer: TestUser;
  ids: string[];
  /** One request per record, to read or change it; `version` is read before each. */
  requests: ((w: World) => Promise<WalkRequest>)[];
}

export async function buildBridge(w: World, own: Target, other: Target): Promise<Bridge> {
  const { h } = w;
  const lawyer = await h.user('lawyer');
  await ok(h, w.ownerA, 'PUT', `/api/cases/${own.rec.caseId}/assignments/${lawyer.id}`, undefined, 204);
  await ok(h, w.ownerB, 'PUT', `/api/cases/${other.rec.caseId}/assignments/${lawyer.id}`, undefined, 204);
  const caseIds = [own.rec.caseId, other.rec.caseId];
  const engagement = await ok(h, lawyer, 'POST', '/api/engagements', {
    organizationId: w.agency,
    requestedOn: w.day(-5),
    channel: 'email',
    subject: 'Meeting about both clients',
    caseIds,
  });
  await ok(
    h,
    lawyer,
    'POST',
    `/api/engagements/${engagement.id}/outcome`,
    { version: 1, status: 'held', on: w.day(-1) },
    200,
  );
  await ok(h, lawyer, 'POST', `/api/engagements/${engagement.id}/minutes`, {
    items: [{ kind: 'commitment', speaker: { organizationId: w.agency }, text: 'We will review both.' }],
  });
  const followUp = await h.store.db
    .selectFrom('tasks')
    .select('id')
    .where('engagement_id', '=', engagement.id)
    .executeTakeFirstOrThrow();
  const topic = await ok(h, lawyer, 'POST', '/api/claim-topics', { title: 'Who pays the rent', caseIds });
  const incident = await ok(h, lawyer, 'POST', '/api/incidents', {
    ...incidentBody(w, own.rec.caseId, own.rec.clientId),
    caseIds,
  });
  return {
    lawyer,
    ids: [engagement.id, followUp.id, topic.id, incident.id],
    requests: [
      () => Promise.resolve({ method: 'GET', url: `/api/engagements/${engagement.id}` }),
      () => Promise.resolve({ method: 'GET', url: `/api/claim-topics/${topic.id}` }),
      () => Promise.resolve({ method: 'GET', url: `/api/incidents/${incident.id}` }),
      async (world) => ({
        method: 'PATCH',
        url: `/api/tasks/${followUp.id}`,
        payload: { version: await world.version('tasks', followUp.id), title: 'Review both answers' },
      }),
    ],
  };
}
