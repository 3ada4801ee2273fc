import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../security/roles.js';

export const SESSION_COOKIE = '__Host-safehold-session';

export class UnauthenticatedError extends Error {
  constructor(message = 'no valid session') {
    super(message);
    this.name = 'UnauthenticatedError';
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
  }
}

/** The session token from the cookie (browsers) or the Authorization header (API clients). */
export function sessionTokenOf(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  return req.cookies[SESSION_COOKIE] ?? null;
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new UnauthenticatedError();
  return req.actor;
}

export function setSessionCookie(reply: FastifyReply, token: string, maxAgeSeconds: number): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    maxAge: maxAgeSeconds,
  });
}
