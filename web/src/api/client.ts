import type { z } from 'zod';
import { problem, type Problem } from '../../../src/api/problem';

/**
 * The one way the web application talks to the server: same-origin fetch with the session
 * cookie (HttpOnly, never seen by this code), JSON in, answers parsed with the route's own zod
 * output schema. A problem+json answer becomes an ApiError carrying the fields that were wrong;
 * 401 tells the session (back to sign-in), 404 is a NotFoundError (the page says not found).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Messages by field, with the request part dropped: `body.client.name` → `client.name`. */
  readonly fields: Readonly<Record<string, string>>;
  /** The rule each field broke, by the same names, where the server names one (a zod issue code, or one of its own). */
  readonly codes: Readonly<Record<string, string>>;

  constructor(status: number, answer: Problem) {
    super(answer.detail ?? answer.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = answer;
    const named = (answer.errors ?? []).map((e) => ({
      ...e,
      field: e.field.replace(/^(body|querystring|query|params)\./, ''),
    }));
    this.fields = Object.fromEntries(named.map((e) => [e.field, e.message]));
    this.codes = Object.fromEntries(named.flatMap((e) => (e.code ? [[e.field, e.code]] : [])));
  }
}

export class NotFoundError extends ApiError {}

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Called when the server no longer knows the session (401); returns the unsubscribe. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface Request<T extends z.ZodType | undefined> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The route's output schema; omitted for 204 answers. */
  answer?: T;
  signal?: AbortSignal;
}

function urlOf(path: string, query: Request<undefined>['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function problemOf(res: Response): Promise<Problem> {
  const parsed = problem.safeParse(await res.json().catch(() => null));
  return parsed.success ? parsed.data : { type: 'about:blank', title: res.statusText, status: res.status };
}

export async function api<T extends z.ZodType>(path: string, req: Request<T> & { answer: T }): Promise<z.infer<T>>;
export async function api(path: string, req?: Request<undefined>): Promise<undefined>;
export async function api(path: string, req: Request<z.ZodType | undefined> = {}): Promise<unknown> {
  const res = await fetch(urlOf(path, req.query), {
    method: req.method ?? 'GET',
    credentials: 'same-origin',
    // A file goes as multipart/form-data (the browser writes the boundary); everything else as JSON.
    headers: req.body === undefined || req.body instanceof FormData ? {} : { 'content-type': 'application/json' },
    body: req.body === undefined ? null : req.body instanceof FormData ? req.body : JSON.stringify(req.body),
    signal: req.signal ?? null,
  });
  if (!res.ok) {
    const answer = await problemOf(res);
    if (res.status === 401) unauthorizedListeners.forEach((listener) => listener());
    if (res.status === 404) throw new NotFoundError(404, answer);
    throw new ApiError(res.status, answer);
  }
  if (!req.answer) return undefined;
  return req.answer.parse(await res.json());
}
