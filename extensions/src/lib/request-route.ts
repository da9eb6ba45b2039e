/**
 * The route of the request a read belongs to (app, API or export), for the access log.
 * Directus's read events carry no request; a middleware keeps the facts the rule needs
 * (core/privacy/access-log-route.ts) for the rest of the request, including an export
 * Directus finishes after answering.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { accessRoute, type AccessRoute, type RouteFacts } from '../../../core/privacy/access-log-route.ts';

export interface RouteRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  query?: Record<string, unknown>;
  cookies?: Record<string, string | undefined>;
  sanitizedQuery?: { export?: unknown };
}

const current = new AsyncLocalStorage<RouteFacts>();

export function routeFacts(req: RouteRequest, sessionCookieName: string): RouteFacts {
  const exportFormat = req.sanitizedQuery?.export;
  return {
    path: req.path,
    exportFormat: typeof exportFormat === 'string' && exportFormat !== '' ? exportFormat : null,
    sessionCookie: !!req.cookies?.[sessionCookieName],
    explicitToken: !!req.headers.authorization || !!req.query?.access_token,
  };
}

/** Runs the rest of the request with its facts at hand. */
export function rememberRoute(facts: RouteFacts, next: () => void) {
  current.run(facts, next);
}

/** The route of the request being served, `api` outside any request (websockets). */
export const currentRoute = (): AccessRoute => accessRoute(current.getStore() ?? null);
