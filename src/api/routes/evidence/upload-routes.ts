import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { FileRefusedError } from '../../../files/errors.js';
import type { EvidenceOwner } from '../../../services/evidence/evidence-access.js';
import { checkEvidenceOwner, intakeEvidence } from '../../../services/evidence/intake-evidence.js';
import type { Deps } from '../../../services/deps.js';
import { actorOf } from '../../session-actor.js';
import { idParams } from '../common-schema.js';
import { evidence, fileProblemResponses } from './schema.js';
import { FILE_FIELD, parseUploadFields } from './upload-fields.js';

const tags = ['evidence'];

function tooLarge(maxBytes: number): FileRefusedError {
  const mib = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new FileRefusedError('too-large', `the file is larger than the limit of ${mib} MiB`);
}

/**
 * The bytes of the uploaded file. The form parser stops at the vault's size limit and ends the
 * stream as if the file ended there; a file cut off that way is refused here before intake can
 * finish with it, never stored shortened.
 */
async function* wholeFile(file: MultipartFile['file'], maxBytes: number): AsyncGenerator<Uint8Array> {
  for await (const chunk of file as AsyncIterable<Buffer>) yield chunk;
  if (file.truncated) throw tooLarge(maxBytes);
}

async function upload(deps: Deps, req: FastifyRequest, owner: EvidenceOwner) {
  const actor = actorOf(req);
  // Who may add evidence here is settled before a byte of the file is read.
  await checkEvidenceOwner(deps, actor, owner);
  if (!req.isMultipart()) {
    throw new FileRefusedError(
      'type-not-accepted',
      `send the file as multipart/form-data, in a field named ${FILE_FIELD}`,
    );
  }
  const maxBytes = deps.evidence.limits.maxBytes;
  const data = await req.file({ limits: { fileSize: maxBytes, files: 1 }, throwFileSizeLimit: true });
  if (!data) throw new FileRefusedError('empty', `no file was sent in a field named ${FILE_FIELD}`);
  try {
    if (data.fieldname !== FILE_FIELD) {
      throw new FileRefusedError('type-not-accepted', `send the file in a field named ${FILE_FIELD}`);
    }
    return await intakeEvidence(deps, actor, owner, {
      file: wholeFile(data.file, maxBytes),
      fileName: data.filename,
      declaredType: data.mimetype,
      fields: parseUploadFields(data.fields),
    });
  } finally {
    // Whatever was not read of the file is dropped, so the request ends.
    data.file.resume();
  }
}

/**
 * Uploads of evidence files (multipart/form-data: the text fields, then the file in `file`).
 * The multipart parser is registered for these routes only: every other route takes JSON.
 */
export async function evidenceUploadRoutes(scope: FastifyInstance): Promise<void> {
  await scope.register(multipart, { limits: { fields: 10, fieldSize: 8 * 1024, parts: 12 } });
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const schema = {
    tags,
    consumes: ['multipart/form-data'],
    params: idParams,
    response: { 201: evidence, ...fileProblemResponses },
  };
  app.post('/api/incidents/:id/evidence', { schema }, async (req, reply) =>
    reply.code(201).send(await upload(app.deps, req, { incidentId: req.params.id })),
  );
  app.post('/api/cases/:id/evidence', { schema }, async (req, reply) =>
    reply.code(201).send(await upload(app.deps, req, { caseId: req.params.id })),
  );
}
