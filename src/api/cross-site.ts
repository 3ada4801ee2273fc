import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { SiteSettings } from '../security/webauthn.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class CrossSiteRequestError extends Error {
  constructor() {
    super('requests that change something must come from this site');
    this.name = 'CrossSiteRequestError';
  }
}

/**
 * Refuse a state-changing request sent by a browser from another site (cross-site request
 * forgery rides on the cookie the browser adds). The browser's own Sec-Fetch-Site is trusted
 * first; an older browser is judged by its Origin, which must be this site's (the configured
 * public origin, or the host the request was sent to). Requests with a Bearer token carry no
 * ambient credential and pass.
 */
export function refuseCrossSite(site: SiteSettings) {
  return (req: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    done(isForgeable(req, site) ? new CrossSiteRequestError() : undefined);
  };
}

function isForgeable(req: FastifyRequest, site: SiteSettings): boolean {
  if (!UNSAFE_METHODS.has(req.method) || req.headers.authorization?.startsWith('Bearer ')) return false;
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  if (fetchSite === 'same-origin' || fetchSite === 'none') return false;
  const origin = req.headers.origin;
  return origin !== undefined && !isOwnOrigin(origin, req, site);
}

function isOwnOrigin(origin: string, req: FastifyRequest, site: SiteSettings): boolean {
  if (origin === site.origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    // "null" (a sandboxed frame, a redirect across sites) or garbage.
    return false;
  }
}
