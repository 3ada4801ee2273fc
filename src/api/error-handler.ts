import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  StepUpRequiredError,
} from '../services/errors.js';
import { ThrottledError } from '../services/auth/auth-errors.js';
import { CrossSiteRequestError } from './cross-site.js';
import { evidenceProblem } from './routes/evidence/file-problems.js';
import { PROBLEM_TYPES, type Problem } from './problem.js';
import { SecondFactorRequiredError, UnauthenticatedError } from './session-actor.js';

function send(reply: FastifyReply, body: Problem) {
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** A broken rule of the domain, named by its code where it has one (FastifyError's own `code` does not apply). */
function invalidInputProblem(err: InvalidInputError): Problem {
  return {
    type: PROBLEM_TYPES.validation,
    title: 'The request is not valid',
    status: 400,
    errors: [{ field: err.field, message: err.message, ...(err.code ? { code: err.code } : {}) }],
  };
}

/** One mapping from every error a request can end with to a problem+json answer. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    return send(reply, {
      type: PROBLEM_TYPES.validation,
      title: 'The request is not valid',
      status: 400,
      errors: err.validation.map((v) => ({
        field: [err.validationContext, ...v.instancePath.split('/')].filter(Boolean).join('.'),
        message: v.message ?? 'is not valid',
        code: v.keyword,
      })),
    });
  }
  if (err instanceof InvalidInputError) return send(reply, invalidInputProblem(err));
  const evidence = evidenceProblem(err);
  if (evidence) return send(reply, evidence);
  if (err instanceof UnauthenticatedError) {
    return send(reply, { type: PROBLEM_TYPES.unauthorized, title: 'Sign in first', status: 401, detail: err.message });
  }
  if (err instanceof SecondFactorRequiredError) {
    return send(reply, {
      type: PROBLEM_TYPES.secondFactorRequired,
      title: 'Second factor required',
      status: 403,
      detail: err.message,
    });
  }
  if (err instanceof CrossSiteRequestError) {
    return send(reply, {
      type: PROBLEM_TYPES.crossSite,
      title: 'Refused from another site',
      status: 403,
      detail: err.message,
    });
  }
  if (err instanceof ThrottledError) {
    reply.header('Retry-After', String(err.retryAfterSeconds));
    return send(reply, { type: PROBLEM_TYPES.tooMany, title: 'Too many attempts', status: 429, detail: err.message });
  }
  if (err instanceof NotFoundError) {
    return send(reply, { type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404 });
  }
  if (err instanceof ForbiddenError) {
    return send(reply, { type: PROBLEM_TYPES.forbidden, title: 'Not allowed', status: 403 });
  }
  if (err instanceof StepUpRequiredError) {
    return send(reply, { type: PROBLEM_TYPES.stepUp, title: 'Confirm it is you', status: 403, detail: err.message });
  }
  if (err instanceof ConflictError) {
    return send(reply, {
      type: PROBLEM_TYPES.conflict,
      title: 'Changed by someone else',
      status: 409,
      detail: err.message,
      currentVersion: err.currentVersion,
    });
  }
  const status = err.statusCode ?? 500;
  if (status === 413) return send(reply, { type: PROBLEM_TYPES.tooLarge, title: 'The request is too large', status });
  if (status === 415) {
    return send(reply, { type: PROBLEM_TYPES.unsupportedMedia, title: 'Send application/json', status });
  }
  if (status === 429) return send(reply, { type: PROBLEM_TYPES.tooMany, title: 'Too many attempts', status });
  if (status >= 400 && status < 500) {
    // Malformed JSON and other protocol errors Fastify raises before our schemas run.
    return send(reply, {
      type: PROBLEM_TYPES.validation,
      title: 'The request is not valid',
      status,
      errors: [{ field: 'body', message: err.message }],
    });
  }
  req.log.error({ err }, 'request failed');
  return send(reply, { type: PROBLEM_TYPES.internal, title: 'Something went wrong', status: 500 });
}
