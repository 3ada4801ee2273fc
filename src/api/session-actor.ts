import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../security/roles.js';

export const SESSION_COOKIE = '__Host-safehold-session';

export class UnauthenticatedError extends Error {
  constructor(message = 'no valid session') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

/** The session has passed the password but not yet a second factor. */
export class SecondFactorRequiredError extends Error {
  constructor() {
    super('set up or enter your second factor first');
    this.name = 'SecondFactorRequiredError';
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without a session (health, login). */
    public?: boolean;
    /** Routes a session awaiting its second factor may use (enrol, verify, log out). */
    beforeSecondFactor?: boolean;
  }
}

/**
 * The session token from the Authorization header (API clients) or the cookie (browsers).
 * When a Bearer token is sent, the cookie is ignored.
 */
export function sessionTokenOf(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return req.cookies[SESSION_COOKIE] ?? null;
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new UnauthenticatedError();
  return req.actor;
}

const COOKIE_OPTIONS = { path: '/', httpOnly: true, secure: true, sameSite: 'strict' } as const;

/**
 * The `__Host-` cookie: Secure, HttpOnly, SameSite=Strict, Path=/ and no Domain. Without
 * Max-Age it lasts until the browser closes; the server ends the session on its own terms.
 */
export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, COOKIE_OPTIONS);
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, COOKIE_OPTIONS);
}
