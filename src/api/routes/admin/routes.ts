import { addTeamMember } from '../../../services/teams/add-team-member.js';
import { createTeam } from '../../../services/teams/create-team.js';
import { listTeams } from '../../../services/teams/list-teams.js';
import { removeTeamMember } from '../../../services/teams/remove-team-member.js';
import { createUser } from '../../../services/users/create-user.js';
import { disableUser } from '../../../services/users/disable-user.js';
import { enableUser } from '../../../services/users/enable-user.js';
import { listUsers } from '../../../services/users/list-users.js';
import { resetPassword } from '../../../services/users/reset-password.js';
import { updateUser } from '../../../services/users/update-user.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams, noContent } from '../common-schema.js';
import {
  createdUser,
  createTeamBody,
  createUserBody,
  memberParams,
  resetPasswordBody,
  resetPasswordResponse,
  team,
  teamList,
  updateUserBody,
  user,
  userList,
} from './schema.js';

const tags = ['admin'];

/** Accounts and teams, for administrators (user:manage, team:manage). */
export function adminRoutes(app: ApiApp): void {
  app.get('/api/admin/users', { schema: { tags, response: { 200: userList, ...problemResponses } } }, async (req) => ({
    items: await listUsers(app.deps, actorOf(req)),
  }));
  app.post(
    '/api/admin/users',
    { schema: { tags, body: createUserBody, response: { 201: createdUser, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createUser(app.deps, actorOf(req), req.body)),
  );
  app.patch(
    '/api/admin/users/:id',
    { schema: { tags, params: idParams, body: updateUserBody, response: { 200: user, ...problemResponses } } },
    async (req) => updateUser(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/admin/users/:id/disable',
    { schema: { tags, params: idParams, response: { 200: user, ...problemResponses } } },
    async (req) => disableUser(app.deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/admin/users/:id/enable',
    { schema: { tags, params: idParams, response: { 200: user, ...problemResponses } } },
    async (req) => enableUser(app.deps, actorOf(req), req.params.id),
  );
  app.post(
    '/api/admin/users/:id/password',
    {
      schema: {
        tags,
        params: idParams,
        body: resetPasswordBody,
        response: { 200: resetPasswordResponse, ...problemResponses },
      },
    },
    async (req) => resetPassword(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.get('/api/admin/teams', { schema: { tags, response: { 200: teamList, ...problemResponses } } }, async (req) => ({
    items: await listTeams(app.deps, actorOf(req)),
  }));
  app.post(
    '/api/admin/teams',
    { schema: { tags, body: createTeamBody, response: { 201: team, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createTeam(app.deps, actorOf(req), req.body)),
  );
  app.put(
    '/api/admin/teams/:id/members/:userId',
    { schema: { tags, params: memberParams, response: { 204: noContent, ...problemResponses } } },
    async (req, reply) => {
      await addTeamMember(app.deps, actorOf(req), req.params.id, req.params.userId);
      return reply.code(204).send(null);
    },
  );
  app.delete(
    '/api/admin/teams/:id/members/:userId',
    { schema: { tags, params: memberParams, response: { 204: noContent, ...problemResponses } } },
    async (req, reply) => {
      await removeTeamMember(app.deps, actorOf(req), req.params.id, req.params.userId);
      return reply.code(204).send(null);
    },
  );
}
