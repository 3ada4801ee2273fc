import { createTask } from '../../../services/tasks/create-task.js';
import { listCaseTasks } from '../../../services/tasks/list-case-tasks.js';
import { listDueReminders } from '../../../services/tasks/list-due-reminders.js';
import { listDueTasks } from '../../../services/tasks/list-due-tasks.js';
import { listTeamDueTasks } from '../../../services/tasks/list-team-due-tasks.js';
import { updateTask } from '../../../services/tasks/update-task.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import {
  caseTasksQuery,
  createBody,
  dueQuery,
  dueView,
  patchBody,
  reminders,
  remindersQuery,
  task,
  taskList,
} from './schema.js';

const tags = ['tasks'];

export function taskRoutes(app: ApiApp): void {
  app.get(
    '/api/cases/:id/tasks',
    {
      schema: { tags, params: idParams, querystring: caseTasksQuery, response: { 200: taskList, ...problemResponses } },
    },
    async (req) => ({ items: await listCaseTasks(app.deps, actorOf(req), req.params.id, req.query.status) }),
  );
  app.post(
    '/api/cases/:id/tasks',
    { schema: { tags, params: idParams, body: createBody, response: { 201: task, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createTask(app.deps, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/api/tasks/:id',
    { schema: { tags, params: idParams, body: patchBody, response: { 200: task, ...problemResponses } } },
    async (req) => updateTask(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/tasks/due',
    { schema: { tags, querystring: dueQuery, response: { 200: dueView, ...problemResponses } } },
    async (req) => listDueTasks(app.deps, actorOf(req), req.query),
  );
  app.get(
    '/api/tasks/reminders',
    { schema: { tags, querystring: remindersQuery, response: { 200: reminders, ...problemResponses } } },
    async (req) => listDueReminders(app.deps, actorOf(req), req.query.limit),
  );
  app.get(
    '/api/teams/:id/tasks/due',
    { schema: { tags, params: idParams, querystring: dueQuery, response: { 200: dueView, ...problemResponses } } },
    async (req) => listTeamDueTasks(app.deps, actorOf(req), req.params.id, req.query),
  );
}
