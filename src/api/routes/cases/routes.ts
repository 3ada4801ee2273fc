import { assignUser } from '../../../services/cases/assign-user.js';
import { createCase } from '../../../services/cases/create-case.js';
import { getCase } from '../../../services/cases/get-case.js';
import { listCases } from '../../../services/cases/list-cases.js';
import { unassignUser } from '../../../services/cases/unassign-user.js';
import { updateCase } from '../../../services/cases/update-case.js';
import { addNote } from '../../../services/notes/add-note.js';
import { listNotes } from '../../../services/notes/list-notes.js';
import { updateNote } from '../../../services/notes/update-note.js';
import type { ApiApp } from '../../api-app.js';
import { problemResponses } from '../../problem.js';
import { actorOf } from '../../session-actor.js';
import { idParams, noContent } from '../common-schema.js';
import {
  assignmentParams,
  caseDetail,
  caseCreated,
  caseResponse,
  createBody,
  listQuery,
  listResponse,
  note,
  noteBody,
  noteParams,
  notePatchBody,
  notesQuery,
  notesResponse,
  patchBody,
} from './schema.js';

const tags = ['cases'];

export function caseRoutes(app: ApiApp): void {
  app.get(
    '/api/cases',
    { schema: { tags, querystring: listQuery, response: { 200: listResponse, ...problemResponses } } },
    async (req) => ({ items: await listCases(app.deps, actorOf(req), req.query) }),
  );
  app.post(
    '/api/cases',
    { schema: { tags, body: createBody, response: { 201: caseCreated, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await createCase(app.deps, actorOf(req), req.body)),
  );
  app.get(
    '/api/cases/:id',
    { schema: { tags, params: idParams, response: { 200: caseDetail, ...problemResponses } } },
    async (req) => getCase(app.deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/cases/:id',
    { schema: { tags, params: idParams, body: patchBody, response: { 200: caseResponse, ...problemResponses } } },
    async (req) => updateCase(app.deps, actorOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/cases/:id/assignments/:userId',
    { schema: { tags, params: assignmentParams, response: { 204: noContent, ...problemResponses } } },
    async (req, reply) => {
      await assignUser(app.deps, actorOf(req), req.params.id, req.params.userId);
      return reply.code(204).send(null);
    },
  );
  app.delete(
    '/api/cases/:id/assignments/:userId',
    { schema: { tags, params: assignmentParams, response: { 204: noContent, ...problemResponses } } },
    async (req, reply) => {
      await unassignUser(app.deps, actorOf(req), req.params.id, req.params.userId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/cases/:id/notes',
    {
      schema: {
        tags,
        params: idParams,
        querystring: notesQuery,
        response: { 200: notesResponse, ...problemResponses },
      },
    },
    async (req) => ({ items: await listNotes(app.deps, actorOf(req), req.params.id, req.query) }),
  );
  app.post(
    '/api/cases/:id/notes',
    { schema: { tags, params: idParams, body: noteBody, response: { 201: note, ...problemResponses } } },
    async (req, reply) => reply.code(201).send(await addNote(app.deps, actorOf(req), req.params.id, req.body.body)),
  );
  app.patch(
    '/api/cases/:id/notes/:noteId',
    { schema: { tags, params: noteParams, body: notePatchBody, response: { 200: note, ...problemResponses } } },
    async (req) =>
      updateNote(app.deps, actorOf(req), req.params.id, req.params.noteId, req.body.version, req.body.body),
  );
}
