import type { LightMyRequestResponse } from 'fastify';
import type { Harness } from '../support/harness.js';
import type { HttpMethod } from './registered-routes.js';

/** One request of the walk, as a route's builder makes it. */
export interface WalkRequest {
  method: HttpMethod;
  url: string;
  /** A JSON body, or the bytes of a multipart form (with its content type in `headers`). */
  payload?: object | Buffer;
  headers?: Record<string, string>;
  /**
   * The session to send instead of the user's own: another of their sessions (one the call may
   * end or that must still await its second factor), or none at all (signing in).
   */
  token?: string | null;
  /** Called after a 2xx answer: to keep the user's password or codes in step with the server. */
  onSuccess?: (r: LightMyRequestResponse) => void;
}

/** Send a request with the given session token (null: without a session). */
export function send(h: Harness, req: WalkRequest, token: string | null): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...req.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  return h.app.inject({
    method: req.method,
    url: req.url,
    headers,
    ...(req.payload === undefined ? {} : { payload: req.payload }),
  });
}
